using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Bot.Tests.State;

namespace AllyBot.Bot.Tests.Reliability;

/// <summary>
/// After "delete my data" no copy of what the person said, nor their user id, is left: not in the SQLite file,
/// not in its write-ahead log, not in the Direct Line feed the host keeps in memory. Real hosts, real journey.
/// </summary>
public sealed class DeletionLeavesNoCopyTests : IDisposable
{
    private const string Phrase = "Nurse Adaeze Okafor at Mercy General";
    private const string UserId = "29:1zq7w-user-to-forget";
    private const string DirectLineSecret = "deletion-test-direct-line-secret";

    private readonly TempFolder _folder = new();

    private string Database => _folder.File("bot.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task BotFramework_DeleteMyData_NoCopyOfThePhraseOrTheUserIdInTheFileOrTheWal()
    {
        await using var host = new BotHostFactory(Database);
        var bot = new BotClient(host.StartAndCreateClient());
        await bot.ExchangeAsync(As(Activities.UserJoined("conv-del", id: "j")));
        string[] answers = [JourneyText.Choice("welcome", "start", "full-plan"), "Maya", $"Get {Phrase} to back safe staffing", "back", $"Get {Phrase} on our side"];
        for (var i = 0; i < answers.Length; i++)
            await bot.ExchangeAsync(As(Activities.Message("conv-del", answers[i], id: $"a{i}")));
        Assert.True(Occurrences(Phrase) > 0, "the phrase must be in the file before the deletion, or the test shows nothing");

        await bot.ExchangeAsync(As(Activities.Message("conv-del", "delete my data", id: "d1")));
        var done = await bot.TextsAsync(As(Activities.Message("conv-del", JourneyText.Choice("interruptions", "confirm-delete-data", "yes"), id: "d2")));

        Assert.Equal([JourneyText.Text("interruptions", "deleted")], done);
        Assert.Equal(0, Occurrences(Phrase));
        Assert.Equal(0, Occurrences(UserId));
    }

    [Fact]
    public async Task DirectLine_DeleteMyData_FeedKeepsNoActivityWithThePhrase()
    {
        await using var host = new BotHostFactory(Database, new Dictionary<string, string?> { ["DirectLine:Secret"] = DirectLineSecret });
        using var http = host.StartAndCreateClient();
        var (conversation, token) = await StartDirectLineAsync(http);
        foreach (var text in new[] { JourneyText.Choice("welcome", "start", "full-plan"), "Maya", $"Get {Phrase} to back safe staffing" })
            await PostAsync(http, conversation, token, text);
        Assert.Contains(Phrase, await FeedAsync(http, conversation, token));
        var userId = JsonDocument.Parse(await FeedAsync(http, conversation, token)).RootElement.GetProperty("activities").EnumerateArray()
            .First(a => a.GetProperty("from").GetProperty("role").GetString() == "user").GetProperty("from").GetProperty("id").GetString()!;

        await PostAsync(http, conversation, token, "delete my data");
        await PostAsync(http, conversation, token, JourneyText.Choice("interruptions", "confirm-delete-data", "yes"));

        var feed = await FeedAsync(http, conversation, token);
        Assert.DoesNotContain(Phrase, feed);
        Assert.Contains(JsonSerializer.Serialize(JourneyText.Text("interruptions", "deleted"))[1..^1], feed);
        Assert.Equal(0, Occurrences(Phrase));
        Assert.Equal(0, Occurrences(userId));
    }

    private static AllyBot.Builder.Schema.Activity As(AllyBot.Builder.Schema.Activity activity)
    {
        activity.From = new AllyBot.Builder.Schema.ChannelAccount(UserId, "Ada");
        return activity;
    }

    private static async Task<(string Conversation, string Token)> StartDirectLineAsync(HttpClient http)
    {
        using var generate = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DirectLineSecret);
        var token = (await (await http.SendAsync(generate)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = JsonContent.Create(new { }) };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = await (await http.SendAsync(start)).Content.ReadFromJsonAsync<JsonElement>();
        return (started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!);
    }

    private static async Task PostAsync(HttpClient http, string conversation, string token, string text)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities")
        {
            Content = JsonContent.Create(new { type = "message", text, from = new { id = "ignored" } }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await http.SendAsync(post)).EnsureSuccessStatusCode();
    }

    private static async Task<string> FeedAsync(HttpClient http, string conversation, string token)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await (await http.SendAsync(get)).Content.ReadAsStringAsync();
    }

    private int Occurrences(string text) => new SqliteFile(Database).Occurrences(text);
}
