using System.Net.Http.Headers;
using System.Text;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.BotFramework;

/// <summary>
/// The Bot Connector REST API, as far as the bot sends (docs/protocols.md §2): reply, send, update, delete.
/// Uses the named client <see cref="HttpClientName"/> from <see cref="IHttpClientFactory"/>, whose handler
/// retries 429 and 5xx with <c>Retry-After</c> respected (see <see cref="BotFrameworkServiceCollectionExtensions"/>);
/// named rather than typed because the adapter that uses it is a singleton, and a typed client captured
/// by a singleton would pin one handler forever. Every call goes to the activity's own <c>serviceUrl</c>,
/// with ids escaped because Teams ids contain <c>:</c>, <c>;</c> and <c>@</c>.
/// </summary>
public sealed partial class ConnectorClient(IHttpClientFactory httpClientFactory, IConnectorCredentials credentials, ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "AllyBot.BotFrameworkConnector";

    public const string CorrelationHeader = "X-Correlating-OperationId";

    /// <summary><c>POST v3/conversations/{conversationId}/activities/{activityId}</c>: a reply, threaded where the channel threads.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, ["v3", "conversations", conversationId, "activities", activityId], activity, cancellationToken);

    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>: a message at the end of the conversation.</summary>
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, ["v3", "conversations", conversationId, "activities"], activity, cancellationToken);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, serviceUrl, ["v3", "conversations", conversationId, "activities", activityId], activity, cancellationToken);

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Delete, serviceUrl, ["v3", "conversations", conversationId, "activities", activityId], null, cancellationToken);

    /// <summary>
    /// <paramref name="serviceUrl"/> with a trailing slash, then the segments, each <see cref="Uri.EscapeDataString"/>d.
    /// </summary>
    public static Uri BuildUri(string serviceUrl, params string[] segments)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException("The serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        var root = baseUri.GetLeftPart(UriPartial.Path);
        if (!root.EndsWith('/'))
            root += "/";
        var path = string.Join('/', segments.Select(s => Uri.EscapeDataString(s)));
        // Build the string by hand: new Uri(base, relative) would unescape %2F-like sequences and drop the base path's last segment.
        return new Uri(root + path, UriKind.Absolute);
    }

    private async Task<ResourceResponse> SendAsync(HttpMethod method, string serviceUrl, string[] segments, Activity? activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        foreach (var segment in segments)
            ArgumentException.ThrowIfNullOrEmpty(segment, nameof(segments));

        using var request = new HttpRequestMessage(method, BuildUri(serviceUrl, segments));
        if (activity is not null)
            request.Content = new StringContent(BuilderJson.Serialize(activity), Encoding.UTF8, "application/json");
        var token = await credentials.GetAccessTokenAsync(serviceUrl, cancellationToken);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? string.Join(",", values) : null;
        LogConnectorCall(method.Method, request.RequestUri!.Host, (int)response.StatusCode, correlationId);

        if (!response.IsSuccessStatusCode)
            throw new ConnectorException(response.StatusCode, correlationId);
        return await ReadResourceResponseAsync(response, cancellationToken);
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body))
            return new ResourceResponse();
        try
        {
            return BuilderJson.Deserialize<ResourceResponse>(body) ?? new ResourceResponse();
        }
        catch (System.Text.Json.JsonException)
        {
            // A 2xx with a body we cannot read still delivered the activity; only the id is unknown.
            return new ResourceResponse();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connector {Method} to {Host} answered {StatusCode} (X-Correlating-OperationId {CorrelationId})")]
    private partial void LogConnectorCall(string method, string host, int statusCode, string? correlationId);
}

/// <summary>A connector call failed after retries; carries the status and the channel's correlation id.</summary>
public sealed class ConnectorException(System.Net.HttpStatusCode statusCode, string? correlationId)
    : Exception($"The channel's connector answered {(int)statusCode} ({statusCode}); X-Correlating-OperationId: {correlationId ?? "none"}.")
{
    public System.Net.HttpStatusCode StatusCode { get; } = statusCode;

    public string? CorrelationId { get; } = correlationId;
}
