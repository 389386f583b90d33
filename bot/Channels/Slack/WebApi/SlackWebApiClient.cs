using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// The few Slack Web API methods the bot calls, over a typed <see cref="HttpClient"/>. Sends the bot token
/// as a Bearer token and JSON bodies; waits out HTTP 429 for the <c>Retry-After</c> Slack asks for (up to
/// <see cref="SlackOptions.MaxRateLimitRetries"/> times); logs and throws <see cref="SlackApiException"/> on
/// <c>ok:false</c> with Slack's error code. Message text is never logged.
/// </summary>
public sealed class SlackWebApiClient(
    HttpClient httpClient,
    IOptionsMonitor<SlackOptions> options,
    TimeProvider timeProvider,
    ILogger<SlackWebApiClient> logger)
{
    public Task<SlackPostMessageResponse> PostMessageAsync(SlackPostMessage message, CancellationToken cancellationToken = default) =>
        CallAsync<SlackPostMessageResponse>("chat.postMessage", message, cancellationToken);

    public Task<SlackAuthTestResponse> AuthTestAsync(CancellationToken cancellationToken = default) =>
        CallAsync<SlackAuthTestResponse>("auth.test", new { }, cancellationToken);

    /// <summary>Opens (or finds) the bot's direct-message channel with a user; needs the <c>im:write</c> scope.</summary>
    public Task<SlackConversationsOpenResponse> OpenConversationAsync(string userId, CancellationToken cancellationToken = default) =>
        CallAsync<SlackConversationsOpenResponse>("conversations.open", new { users = userId }, cancellationToken);

    private async Task<T> CallAsync<T>(string method, object body, CancellationToken cancellationToken)
        where T : SlackApiResponse
    {
        var settings = options.CurrentValue;
        if (string.IsNullOrEmpty(settings.BotToken))
            throw new SlackApiException(method, "not_configured: set Slack:BotToken");

        var url = new Uri(WithTrailingSlash(settings.ApiBaseUrl), method);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = JsonContent.Create(body, body.GetType(), options: SlackJson.Options),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);

            using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var delay = RetryAfter(response);
                if (attempt >= settings.MaxRateLimitRetries || delay > settings.MaxRetryAfter)
                {
                    logger.LogWarning("Slack {Method} still rate limited after {Attempts} attempt(s); giving up", method, attempt + 1);
                    throw new SlackApiException(method, "ratelimited", 429);
                }
                logger.LogInformation("Slack {Method} rate limited; retrying in {Delay}", method, delay);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Slack {Method} answered HTTP {Status}", method, (int)response.StatusCode);
                throw new SlackApiException(method, $"http_{(int)response.StatusCode}", (int)response.StatusCode);
            }

            var result = await response.Content.ReadFromJsonAsync<T>(SlackJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw new SlackApiException(method, "empty_response", (int)response.StatusCode);
            if (!result.Ok)
            {
                logger.LogWarning("Slack {Method} returned ok:false, error {Error}", method, result.Error ?? "unknown");
                throw new SlackApiException(method, result.Error ?? "unknown");
            }
            if (!string.IsNullOrEmpty(result.Warning))
                logger.LogDebug("Slack {Method} warning: {Warning}", method, result.Warning);
            return result;
        }
    }

    // Slack sends Retry-After in seconds; a missing or odd header still waits a little instead of hammering.
    private TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - timeProvider.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => TimeSpan.FromSeconds(1),
        };

    private static Uri WithTrailingSlash(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
