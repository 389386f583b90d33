using System.Text.Json;
using System.Text.Json.Nodes;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Tests.Schema;

public class ActivityJsonTests
{
    [Fact]
    public void Deserialize_UnknownFields_PreservedOnRoundTrip()
    {
        const string json = """
            {"type":"message","text":"hi","futureField":{"a":[1,2]},"from":{"id":"u1","extra":"x"},
             "conversation":{"id":"c1","tenantId":"t1","teamsThing":true},
             "entities":[{"type":"clientInfo","locale":"en-US","platform":"Web"}]}
            """;

        var activity = BuilderJson.Deserialize<Activity>(json)!;
        var written = JsonNode.Parse(BuilderJson.Serialize(activity))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written));
        Assert.Equal("hi", activity.Text);
        Assert.Equal("t1", activity.Conversation!.TenantId);
    }

    [Fact]
    public void Serialize_Activity_UsesCamelCaseAndOmitsNulls()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ReplyToId = "a1",
            ServiceUrl = "https://example.test/",
            Conversation = new ConversationAccount("c1", isGroup: true),
        };

        var json = BuilderJson.Serialize(activity);

        Assert.Equal("""{"type":"message","serviceUrl":"https://example.test/","conversation":{"id":"c1","isGroup":true},"replyToId":"a1"}""", json);
    }

    [Fact]
    public void Serialize_Timestamp_WrittenAsUtcWithZ()
    {
        var activity = new Activity { Timestamp = new DateTimeOffset(2026, 11, 22, 21, 0, 0, TimeSpan.FromHours(2)) };

        var json = BuilderJson.Serialize(activity);

        Assert.Contains("\"timestamp\":\"2026-11-22T19:00:00.0000000Z\"", json);
    }

    [Fact]
    public void Deserialize_TimestampWithOffset_KeepsInstant()
    {
        var activity = BuilderJson.Deserialize<Activity>("""{"timestamp":"2026-11-22T21:00:00+02:00"}""")!;

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 19, 0, 0, TimeSpan.Zero), activity.Timestamp);
    }

    [Fact]
    public void Convert_ValueJsonElement_BecomesTypedObject()
    {
        var activity = BuilderJson.Deserialize<Activity>("""{"type":"message","value":{"goal":"clinic hours","count":3}}""")!;

        var value = BuilderJson.Convert<SubmitValue>(activity.Value);

        Assert.Equal(new SubmitValue("clinic hours", 3), value);
        Assert.IsType<JsonElement>(activity.Value);
    }

    private sealed record SubmitValue(string Goal, int Count);
}
