using System.Net;
using System.Text;
using System.Text.Json;
using AllyBot.Bot.Tests.Limits;

namespace AllyBot.Bot.Tests.BadInput;

/// <summary>
/// Signed Slack payloads with null, empty or odd fields where Slack always sends a value: each is answered 400
/// with problem details (or 200 and ignored), never 500, and nothing is logged as an error.
/// </summary>
public sealed class SlackPayloadFieldTests(EdgeHostFixture fixture) : IClassFixture<EdgeHostFixture>
{
    private EdgeHost Host => fixture.Host;

    private static string DirectMessage(string eventId = "\"EvX\"", string authorizations = """[{"team_id":"T1","user_id":"UBOT","is_bot":true}]""",
        string team = "\"T1\"", string user = "\"U1\"") => $$$"""
        {"type":"event_callback","team_id":{{{team}}},"api_app_id":"A1","event_id":{{{eventId}}},"authorizations":{{{authorizations}}},
         "event":{"type":"message","channel_type":"im","user":{{{user}}},"text":"hi","ts":"1800000000.000100","channel":"D1"}}
        """;

    public static TheoryData<string, string, HttpStatusCode> Events => new()
    {
        { "authorizations [null]", DirectMessage(eventId: "\"EvNullAuth\"", authorizations: "[null]"), HttpStatusCode.OK },
        { "authorizations [null, bot]", DirectMessage(eventId: "\"EvNullAuth2\"", authorizations: """[null,{"user_id":"UBOT","is_bot":true}]"""), HttpStatusCode.OK },
        { "event_id empty", DirectMessage(eventId: "\"\""), HttpStatusCode.BadRequest },
        { "event_id blank", DirectMessage(eventId: "\"  \""), HttpStatusCode.BadRequest },
        { "event_id missing", DirectMessage(eventId: "null"), HttpStatusCode.BadRequest },
        { "team id with a colon", DirectMessage(eventId: "\"EvColon\"", team: "\"T1:C2\""), HttpStatusCode.BadRequest },
        { "user id with spaces", DirectMessage(eventId: "\"EvSpace\"", user: "\"U 1\""), HttpStatusCode.BadRequest },
        { "event null", """{"type":"event_callback","team_id":"T1","event_id":"EvNoEvent","event":null}""", HttpStatusCode.OK },
        { "event of the wrong type", """{"type":"event_callback","team_id":"T1","event_id":"EvStr","event":"message"}""", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public async Task Events_NullOrEmptyFields_400Or200NeverError(string why, string json, HttpStatusCode expected)
    {
        using var response = await Host.PostSlackAsync("/api/slack/events", Encoding.UTF8.GetBytes(json), "application/json");

        await AssertAnsweredAsync(response, expected, why);
    }

    private static string Click(string actions, string team = """{"id":"T1"}""", string user = """{"id":"U1","team_id":"T1"}""") =>
        "payload=" + Uri.EscapeDataString($$$"""
        {"type":"block_actions","team":{{{team}}},"user":{{{user}}},"channel":{"id":"D1"},"message":{"ts":"5.0"},"actions":{{{actions}}}}
        """);

    public static TheoryData<string, string, HttpStatusCode> Interactions => new()
    {
        { "actions [null]", Click("[null]"), HttpStatusCode.OK },
        { "actions [null, button]", Click("""[null,{"type":"button","value":"yes","action_id":"a","action_ts":"6.0"}]"""), HttpStatusCode.OK },
        { "actions null", Click("null"), HttpStatusCode.OK },
        { "no team", Click("""[{"type":"button","value":"yes","action_id":"a","action_ts":"6.0"}]""", team: "null", user: """{"id":"U1"}"""), HttpStatusCode.BadRequest },
        { "payload field empty", "payload=", HttpStatusCode.BadRequest },
        { "payload JSON null", "payload=null", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Interactions))]
    public async Task Interactions_NullOrEmptyFields_400Or200NeverError(string why, string form, HttpStatusCode expected)
    {
        using var response = await Host.PostSlackAsync("/api/slack/interactions", Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded");

        await AssertAnsweredAsync(response, expected, why);
    }

    [Theory]
    [InlineData("command=/allybot&team_id=&user_id=U1&text=prep")]
    [InlineData("command=/allybot&team_id=T1:C1&user_id=U1&text=prep")]
    [InlineData("command=&team_id=T1&user_id=U1")]
    public async Task Commands_EmptyOrOddFields_400(string form)
    {
        using var response = await Host.PostSlackAsync("/api/slack/commands", Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded");

        await AssertAnsweredAsync(response, HttpStatusCode.BadRequest, form);
    }

    private async Task AssertAnsweredAsync(HttpResponseMessage response, HttpStatusCode expected, string why)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{why}: expected {(int)expected}, got {(int)response.StatusCode} {body}\n{string.Join("\n", Host.Errors())}");
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()));
        }
        Assert.Empty(Host.Errors());
        Assert.True(await Host.IsHealthyAsync());
    }
}
