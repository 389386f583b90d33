using System.Net;
using System.Text;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Infrastructure;

/// <summary>Posts activities to <c>/api/messages</c> as a channel does.</summary>
public sealed class BotClient(HttpClient http)
{
    public HttpClient Http => http;

    public Task<HttpResponseMessage> PostAsync(Activity activity) => PostRawAsync(BuilderJson.Serialize(activity));

    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return http.PostAsync("/api/messages", content);
    }

    /// <summary>Posts an expectReplies activity and returns the replies of its turn.</summary>
    public async Task<IReadOnlyList<Activity>> ExchangeAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return BuilderJson.Deserialize<ExpectedReplies>(body)!.Activities;
    }

    /// <summary>The replies' texts, for transcript comparisons.</summary>
    public async Task<IReadOnlyList<string>> TextsAsync(Activity activity) =>
        (await ExchangeAsync(activity)).Select(a => a.Text ?? $"[{a.Type}]").ToList();
}
