using System.Net;
using System.Net.Http.Headers;

namespace AllyBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// Sits on the Bot Connector's HttpClient. When the connector answers 401 to a call that carried the bot's
/// token (revoked, or rolled early), it gets a fresh token and sends that call once more. It also puts the
/// token on calls that have none yet. With no MicrosoftAppId it passes requests through untouched, as the
/// SDK's empty credentials do.
/// </summary>
public sealed class ConnectorAuthenticationHandler(ConnectorTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!tokens.IsEnabled)
            return await base.SendAsync(request, cancellationToken);

        // Buffer the body so the request can be sent a second time after a 401.
        if (request.Content is not null)
            await request.Content.LoadIntoBufferAsync(cancellationToken);

        if (request.Headers.Authorization is null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken: cancellationToken));
        var sentToken = request.Headers.Authorization is { Scheme: "Bearer" } auth ? auth.Parameter : null;

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || sentToken is null)
            return response;

        response.Dispose();
        var fresh = await tokens.GetTokenAsync(forceRefresh: true, rejectedToken: sentToken, cancellationToken);
        var retry = await CloneAsync(request, cancellationToken);
        retry.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(retry, cancellationToken);
    }

    private static async Task<HttpRequestMessage> CloneAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var clone = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var header in request.Headers)
            clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        if (request.Content is not null)
        {
            var bytes = await request.Content.ReadAsByteArrayAsync(cancellationToken);
            clone.Content = new ByteArrayContent(bytes);
            foreach (var header in request.Content.Headers)
                clone.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        foreach (var option in request.Options)
            ((IDictionary<string, object?>)clone.Options)[option.Key] = option.Value;
        return clone;
    }
}
