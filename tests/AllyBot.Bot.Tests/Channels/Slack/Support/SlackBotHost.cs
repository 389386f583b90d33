using AllyBot.Bot.Tests.Infrastructure;
using System.Net.Http.Headers;
using System.Text;
using AllyBot.Bot.Channels.Slack.Signing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Bot.Tests.Channels.Slack.Support;

/// <summary>
/// The real bot host (Program.cs) on Kestrel at 127.0.0.1, configured for Slack with its Web API pointed at a
/// <see cref="FakeSlackWebApi"/>; sends requests signed as Slack signs them.
/// </summary>
public sealed class SlackBotHost : WebApplicationFactory<Program>
{
    public const string SigningSecret = "test-signing-secret-0123456789abcdef";
    public const string BotToken = "xoxb-test-token";
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private SlackBotHost(FakeSlackWebApi slack, Dictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        Slack = slack;
        _settings = settings;
        _services = services;
    }

    public FakeSlackWebApi Slack { get; }

    public HttpClient Http { get; private set; } = null!;

    /// <summary>Starts the fake Slack Web API and the bot. <paramref name="signingSecret"/> null leaves Slack unconfigured.</summary>
    public static async Task<SlackBotHost> StartAsync(Action<IServiceCollection>? services = null, string? signingSecret = SigningSecret,
        IDictionary<string, string?>? settings = null)
    {
        var slack = await FakeSlackWebApi.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "memory",
            ["Slack:SigningSecret"] = signingSecret,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.BaseUrl.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var host = new SlackBotHost(slack, all, services);
        host.Http = host.StartOnLoopback();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseUrls("http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        if (_services is not null)
            builder.ConfigureTestServices(_services);
    }

    public Task<HttpResponseMessage> PostEventAsync(string json, int? retryNum = null, long? timestamp = null, string? signature = null) =>
        PostSignedAsync("/api/slack/events", json, "application/json", timestamp, signature,
            retryNum is null ? null : ("X-Slack-Retry-Num", retryNum.Value.ToString()));

    public Task<HttpResponseMessage> PostInteractionAsync(string payloadJson) =>
        PostSignedAsync("/api/slack/interactions", "payload=" + Uri.EscapeDataString(payloadJson), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostCommandAsync(IDictionary<string, string> fields) =>
        PostSignedAsync("/api/slack/commands", string.Join("&", fields.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}")),
            "application/x-www-form-urlencoded");

    /// <summary>POSTs a body with Slack's signature headers (computed over exactly these bytes, unless <paramref name="signature"/> overrides it).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, long? timestamp = null, string? signature = null,
        (string Name, string Value)? extraHeader = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType + "; charset=utf-8");
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, ts);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, signature ?? SlackSignatureVerifier.Compute(SigningSecret, ts, bytes));
        if (extraHeader is { } header)
            request.Headers.Add(header.Name, header.Value);
        return Http.SendAsync(request);
    }

    public override async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        await base.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
