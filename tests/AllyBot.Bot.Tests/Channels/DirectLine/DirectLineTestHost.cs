using AllyBot.Bot.Tests.Infrastructure;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AllyBot.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// The real host (Program.cs) on Kestrel at 127.0.0.1 with a free port and the memory store, with the
/// <see cref="ProtocolTestBot"/> as the bot and a hand-moved clock. Helpers speak Direct Line 3.0 over HTTP.
/// </summary>
public sealed class DirectLineTestHost : WebApplicationFactory<Program>
{
    public const string Secret = "test-direct-line-secret";
    private readonly Dictionary<string, string?> settings;
    private HttpClient? client;

    public DirectLineTestHost(IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "memory",
            ["DirectLine:Secret"] = Secret,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
    }

    public ManualTimeProvider Clock { get; } = new();

    /// <summary>A client on the Kestrel server (started on first use), with no Authorization header.</summary>
    public HttpClient Http => client ??= this.StartOnLoopback();

    public Uri BaseAddress => Http.BaseAddress!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseUrls("http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IBot, ProtocolTestBot>();
        });
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? bearer, object? body = null, string? rawBody = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (rawBody is not null)
        {
            request.Content = new StringContent(rawBody, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpMethod method, string path, string? bearer, object? body = null, string? rawBody = null, string? botAgent = null)
    {
        using var request = Request(method, path, bearer, body, rawBody);
        if (botAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("x-ms-bot-agent", botAgent);
        }

        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response, json);
    }

    /// <summary>Mints a token with the secret and starts its conversation, as Web Chat does with a page's token.</summary>
    public async Task<StartedConversation> StartConversationAsync(string? botAgent = null)
    {
        var (_, generated) = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", Secret);
        var (response, started) = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", generated.GetProperty("token").GetString(), new { }, botAgent: botAgent);
        response.EnsureSuccessStatusCode();
        return new StartedConversation(
            started.GetProperty("conversationId").GetString()!,
            started.GetProperty("token").GetString()!,
            started.GetProperty("streamUrl").GetString()!);
    }

    public async Task<JsonElement> GetActivitiesAsync(StartedConversation conversation, string? watermark = null)
    {
        var (response, body) = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities?watermark={watermark}", conversation.Token);
        response.EnsureSuccessStatusCode();
        return body;
    }

    public async Task<string> PostMessageAsync(StartedConversation conversation, string text, string? clientActivityId = null, string? channelId = null)
    {
        var activity = new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new { id = "someone", name = "Test User" },
            ["channelData"] = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        if (channelId is not null)
        {
            activity["channelId"] = channelId;
        }

        var (response, body) = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token, activity);
        response.EnsureSuccessStatusCode();
        return body.GetProperty("id").GetString()!;
    }

    protected override void Dispose(bool disposing)
    {
        client?.Dispose();
        base.Dispose(disposing);
    }
}

public sealed record StartedConversation(string Id, string Token, string StreamUrl);
