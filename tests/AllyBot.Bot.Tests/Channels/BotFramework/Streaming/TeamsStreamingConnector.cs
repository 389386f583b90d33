using System.Collections.Concurrent;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Streaming;

/// <summary>
/// The Bot Connector of Teams on 127.0.0.1 (real Kestrel), answering as Teams does for streaming: the first
/// <c>typing</c> with a <c>streaminfo</c> entity gets 201 <c>{"id":…}</c> (the stream id), later ones 202 <c>{}</c>,
/// other activities 200 with an id. It can refuse one request with 403 <c>ContentStreamNotAllowed</c>. Each request
/// is stamped with the test's fake clock, so tests can check the pacing in fake time.
/// </summary>
public sealed class TeamsStreamingConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private int _count;

    public sealed record Received(Activity Activity, DateTimeOffset At, int Status)
    {
        public StreamInfo? Stream => StreamInfo.From(Activity);

        /// <summary>The text as Teams shows it: for the XML (HTML) format, each <c>&lt;br&gt;</c> a line break and the entities decoded.</summary>
        public string? Shown => Activity.TextFormat == TextFormatTypes.Xml && Activity.Text is { } html
            ? System.Net.WebUtility.HtmlDecode(html.Replace("<br>", "\n", StringComparison.Ordinal))
            : Activity.Text;
    }

    private TeamsStreamingConnector(WebApplication app, TimeProvider time) => (_app, _time) = (app, time);

    public ConcurrentQueue<Received> Requests { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    /// <summary>The request with this number (1-based) is answered 403 ContentStreamNotAllowed, as when the person pressed Stop.</summary>
    public int? RefuseRequest { get; set; }

    public static async Task<TeamsStreamingConnector> StartAsync(TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new TeamsStreamingConnector(app, time);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return connector;
    }

    /// <summary>Waits (on the real clock, for HTTP to arrive) until at least <paramref name="count"/> requests were answered.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Requests.Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(10);
        Assert.True(Requests.Count >= count, $"Expected {count} connector request(s), got {Requests.Count}.");
        return Requests.ToList();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var activity = BuilderJson.Deserialize<Activity>(await reader.ReadToEndAsync())!;
        var number = Interlocked.Increment(ref _count);
        var stream = StreamInfo.From(activity);
        var (status, body) = number == RefuseRequest
            ? (403, (object)new { error = new { code = "ContentStreamNotAllowed", message = "Content stream is not allowed" } })
            : stream is { StreamType: not StreamTypes.Final, StreamId: null } ? (201, new { id = $"stream-{number}" })
            : stream is not null ? (202, new { })
            : (200, new { id = $"message-{number}" });
        Requests.Enqueue(new Received(activity, _time.GetUtcNow(), status));
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(body);
    }
}
