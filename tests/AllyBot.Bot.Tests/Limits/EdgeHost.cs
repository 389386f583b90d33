using System.Net.Http.Headers;
using System.Text.Json;
using AllyBot.Bot.Channels.Slack.Signing;
using AllyBot.Bot.Tests.Channels.Slack.Support;
using AllyBot.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllyBot.Bot.Tests.Limits;

/// <summary>
/// The real host (Program.cs, the coaching journey as the bot) on Kestrel at 127.0.0.1 with every HTTP edge
/// switched on: /api/messages without authentication, Direct Line with a known secret, Slack with a known
/// signing secret and its Web API pointed at a <see cref="FakeSlackWebApi"/>. Every log entry is collected.
/// </summary>
public sealed class EdgeHost : WebApplicationFactory<Program>
{
    public const string DirectLineSecret = "edge-test-direct-line-secret";
    public const string SlackSigningSecret = "edge-test-signing-secret-0123456789";
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private EdgeHost(FakeSlackWebApi slack, Dictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        Slack = slack;
        _settings = settings;
        _services = services;
    }

    public FakeSlackWebApi Slack { get; }

    public CollectingLoggerProvider Logs { get; } = new();

    public HttpClient Http { get; private set; } = null!;

    public Uri Address => Http.BaseAddress!;

    public static async Task<EdgeHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var slack = await FakeSlackWebApi.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "memory",
            ["DirectLine:Secret"] = DirectLineSecret,
            ["Slack:SigningSecret"] = SlackSigningSecret,
            ["Slack:BotToken"] = "xoxb-edge-test",
            ["Slack:ApiBaseUrl"] = slack.BaseUrl.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var host = new EdgeHost(slack, all, services);
        host.Http = host.StartOnLoopback();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseUrls("http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (_services is not null)
            builder.ConfigureTestServices(_services);
    }

    /// <summary>Slack's two signature headers for exactly these bytes, signed now.</summary>
    public static string SlackHeaders(byte[] body)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        return $"{SlackSignatureVerifier.TimestampHeader}: {ts}\r\n{SlackSignatureVerifier.SignatureHeader}: {SlackSignatureVerifier.Compute(SlackSigningSecret, ts, body)}\r\n";
    }

    /// <summary>POSTs a body signed as Slack signs it.</summary>
    public Task<HttpResponseMessage> PostSlackAsync(string path, byte[] body, string contentType)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, ts);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Compute(SlackSigningSecret, ts, body));
        return Http.SendAsync(request);
    }

    /// <summary>POSTs a Direct Line call with the given bearer (the secret by default).</summary>
    public Task<HttpResponseMessage> PostDirectLineAsync(string path, byte[]? body, string? bearer = DirectLineSecret, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        return Http.SendAsync(request);
    }

    /// <summary>Starts a Direct Line conversation with the secret; returns its id and token.</summary>
    public async Task<(string Id, string Token)> StartDirectLineConversationAsync()
    {
        using var response = await PostDirectLineAsync("/v3/directline/conversations", "{}"u8.ToArray());
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("conversationId").GetString()!, json.RootElement.GetProperty("token").GetString()!);
    }

    /// <summary>True when <c>/healthz</c> answers 200 Healthy.</summary>
    public async Task<bool> IsHealthyAsync()
    {
        using var response = await Http.GetAsync("/healthz");
        return response.IsSuccessStatusCode && await response.Content.ReadAsStringAsync() == "Healthy";
    }

    /// <summary>Every logged error (with its exception) since the host started, as text for assertion messages.</summary>
    public IReadOnlyList<string> Errors() => Logs.Entries
        .Where(e => e.Level >= LogLevel.Error)
        .Select(e => $"{e.Category}: {e.Message} {e.Exception?.GetType().Name} {e.Exception?.Message}")
        .ToList();

    /// <summary>Errors the web server itself logged: unhandled exceptions in a request (each one a 500) and Kestrel's own failures.</summary>
    public IReadOnlyList<string> ServerErrors() => Logs.Entries
        .Where(e => e.Level >= LogLevel.Error && e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
        .Select(e => $"{e.Category}: {e.Message} {e.Exception}")
        .ToList();

    public override async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        await base.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
