using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Auth;

/// <summary>
/// Real Kestrel on 127.0.0.1 playing both Entra ID's token endpoint (numbered tokens, one per request) and a
/// Bot Connector that refuses the tokens the test has revoked with 401.
/// </summary>
public sealed class FakeTokenEndpointAndConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _issued;

    private FakeTokenEndpointAndConnector(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string TokenEndpoint => BaseUrl + "/tenant/oauth2/v2.0/token";

    public string ServiceUrl => BaseUrl + "/connector/";

    public int TokensIssued => Volatile.Read(ref _issued);

    /// <summary>Each token request's form fields, in order.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    /// <summary>The Authorization header of each connector call, in order.</summary>
    public ConcurrentQueue<string> ConnectorAuthorizations { get; } = new();

    /// <summary>Bodies the connector received, in order.</summary>
    public ConcurrentQueue<string> ConnectorBodies { get; } = new();

    public ConcurrentDictionary<string, bool> RevokedTokens { get; } = new();

    public int ExpiresInSeconds { get; set; } = 3600;

    public static async Task<FakeTokenEndpointAndConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeTokenEndpointAndConnector(builder.Build());
        fake.MapEndpoints();
        await fake._app.StartAsync();
        fake.BaseUrl = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return fake;
    }

    private void MapEndpoints()
    {
        _app.MapPost("/tenant/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            TokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            var number = Interlocked.Increment(ref _issued);
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer", ["expires_in"] = ExpiresInSeconds, ["ext_expires_in"] = ExpiresInSeconds,
                ["access_token"] = $"token-{number}",
            });
        });
        _app.MapPost("/connector/v3/conversations/{conversationId}/activities", async (HttpRequest request) =>
        {
            var authorization = request.Headers.Authorization.ToString();
            ConnectorAuthorizations.Enqueue(authorization);
            ConnectorBodies.Enqueue(await new StreamReader(request.Body).ReadToEndAsync());
            var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..] : null;
            if (token is null || RevokedTokens.ContainsKey(token))
                return Results.Json(new { error = new { code = "Unauthorized", message = "Authorization has been denied" } }, statusCode: 401);
            return Results.Json(new { id = "sent-1" }, statusCode: 201);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
