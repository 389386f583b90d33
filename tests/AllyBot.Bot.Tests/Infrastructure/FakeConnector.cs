using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllyBot.Bot.Tests.Infrastructure;

/// <summary>
/// A channel's Bot Connector on 127.0.0.1 (real Kestrel): records every request with its raw, still-escaped
/// target and answers from a script (default 200 with an id), so tests can see exactly what the bot sent.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> _script = new();

    public sealed record Request(string Method, string RawTarget, string Body, string? Authorization);

    private FakeConnector(WebApplication app) => _app = app;

    public ConcurrentQueue<Request> Requests { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address + "/";
        return connector;
    }

    /// <summary>The next request gets this status (and Retry-After, when given) instead of 200.</summary>
    public void ThenRespond(HttpStatusCode status, TimeSpan? retryAfter = null) => _script.Enqueue(response =>
    {
        response.StatusCode = (int)status;
        if (retryAfter is { } delay)
            response.Headers.RetryAfter = ((int)delay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    });

    /// <summary>Waits until at least <paramref name="count"/> requests arrived (replies are sent during the turn, so usually at once).</summary>
    public async Task<IReadOnlyList<Request>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Requests.Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        return Requests.ToList();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        Requests.Enqueue(new Request(context.Request.Method, rawTarget, body, context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null));

        if (_script.TryDequeue(out var scripted))
        {
            await scripted(context.Response);
            return;
        }
        context.Response.Headers["X-Correlating-OperationId"] = "op-" + Requests.Count;
        await context.Response.WriteAsJsonAsync(new { id = "sent-" + Requests.Count });
    }
}
