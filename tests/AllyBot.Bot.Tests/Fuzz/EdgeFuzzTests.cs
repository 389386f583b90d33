using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using AllyBot.Bot.Channels.Slack.Signing;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Bot.Tests.Limits;
using CsCheck;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace AllyBot.Bot.Tests.Fuzz;

/// <summary>One generated request: which endpoint, its body bytes, its Content-Type, and whether its credentials are right.</summary>
internal sealed record FuzzInput(string Endpoint, byte[] Body, string? ContentType, bool GoodCredentials)
{
    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Body);
        return $"{Endpoint} [{ContentType ?? "no Content-Type"}{(GoodCredentials ? "" : ", bad credentials")}] {Body.Length} bytes: {(text.Length > 300 ? text[..300] + "…" : text)}";
    }
}

/// <summary>
/// The fuzz suite over every POST endpoint of every edge (/api/messages, Direct Line tokens/generate, tokens/refresh,
/// conversations, activities, Slack events, interactions, commands — with valid credentials, so the payload is
/// reached): generated JSON and forms of wrong types, depths, sizes and encodings, then raw-socket framing faults.
/// No answer may be 5xx, the web server may log no unhandled exception, and <c>/healthz</c> must be green after.
/// The default run is short; set <c>ALLYBOT_FUZZ_COUNT</c> for a longer one (e.g. 20000).
/// </summary>
public sealed class EdgeFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int DefaultCount = 800;
    private FakeConnector _connector = null!;
    private EdgeHost _host = null!;
    private string _conversationId = null!;
    private string _token = null!;

    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("ALLYBOT_FUZZ_COUNT"), out var count) && count > 0 ? count : DefaultCount;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = await EdgeHost.StartAsync(new Dictionary<string, string?>
        {
            // Every request comes from 127.0.0.1: the creation limit would answer most of them 429 before the body is read.
            ["DirectLine:CreationBurstPerClient"] = "1000000",
            // A body that stops arriving is answered 408 after 2 s instead of 20.
            ["BotHost:Limits:RequestBodyTimeout"] = "00:00:02",
        });
        (_conversationId, _token) = await _host.StartDirectLineConversationAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task GeneratedBodies_NoAnswerIs5xx_AndTheHostStaysHealthy()
    {
        var statuses = new ConcurrentDictionary<int, int>();
        var inputs = Gen.OneOf(EdgeEndpoints.All.Select(Inputs).ToArray());

        await Check.SampleAsync(inputs, async input =>
        {
            using var response = await SendAsync(input);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            Assert.True(status < 500, $"{status} {await response.Content.ReadAsStringAsync()}");
        }, iter: Count, threads: 4, print: input => input.ToString());

        Report($"{Count} generated bodies over {EdgeEndpoints.All.Length} endpoints", statuses);
        await AssertHostHealthyAsync();
    }

    [Fact]
    public async Task FramingFaults_NoAnswerIs5xx_AndTheHostStaysHealthy()
    {
        var statuses = new ConcurrentDictionary<int, int>();
        var requests = Gen.OneOf(EdgeEndpoints.All.Select(endpoint =>
            BodyFor(endpoint).SelectMany(body => FramingFaults.For(
                EdgeEndpoints.Path(endpoint, _conversationId), EdgeEndpoints.Headers(endpoint, body), body, keepsConnectionWaiting: true))).ToArray());
        var count = Math.Max(50, Count / 4);

        await Check.SampleAsync(requests, async request =>
        {
            var response = await RawHttp.SendAsync(_host.Address, request.Bytes, timeout: TimeSpan.FromSeconds(30));
            statuses.AddOrUpdate(response.Status ?? 0, 1, (_, n) => n + 1);
            Assert.True(response.Status is null or < 500, response.ToString());
        }, iter: count, threads: 8, print: request => request.ToString());

        Report($"{count} raw requests with broken framing (status 0: closed without an answer)", statuses);
        await AssertHostHealthyAsync();
    }

    private Gen<FuzzInput> Inputs(string endpoint)
    {
        var right = EdgeEndpoints.ContentType(endpoint);
        var contentType = Gen.Frequency(
            (12, Gen.Const<string?>(right)),
            (1, Gen.OneOf<string?>("text/plain", "application/json; charset=utf-16", null, "application/x-www-form-urlencoded", "application/json", "application/vnd.api+json")));
        return Gen.Select(BodyFor(endpoint), contentType, Gen.Int[0, 19], (body, type, credentials) => new FuzzInput(endpoint, body, type, credentials != 0));
    }

    private Gen<byte[]> BodyFor(string endpoint) => EdgePayloads.Encoded(endpoint switch
    {
        "messages" or "activities" => Gen.Frequency((8, EdgePayloads.Activity(_connector.ServiceUrl)), (1, FuzzJson.Values), (1, Gen.Const(""))),
        "tokens/generate" or "conversations" => EdgePayloads.TokenParameters,
        "tokens/refresh" => FuzzJson.Values,
        "slack/events" => Gen.Frequency((8, EdgePayloads.SlackEnvelope), (1, FuzzJson.Values)),
        "slack/interactions" => EdgePayloads.SlackInteractionForm,
        "slack/commands" => EdgePayloads.SlackCommandForm(),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    });

    private Task<HttpResponseMessage> SendAsync(FuzzInput input)
    {
        var content = new ByteArrayContent(input.Body);
        if (input.ContentType is not null)
            content.Headers.TryAddWithoutValidation("Content-Type", input.ContentType);
        var request = new HttpRequestMessage(HttpMethod.Post, EdgeEndpoints.Path(input.Endpoint, _conversationId)) { Content = content };
        if (EdgeEndpoints.IsSlack(input.Endpoint))
        {
            var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
            request.Headers.Add(SlackSignatureVerifier.TimestampHeader, ts);
            request.Headers.Add(SlackSignatureVerifier.SignatureHeader, input.GoodCredentials
                ? SlackSignatureVerifier.Compute(EdgeHost.SlackSigningSecret, ts, input.Body)
                : "v0=0000");
        }
        else if (input.Endpoint != "messages")
        {
            // tokens/refresh needs a token; the others take the secret (activities either).
            var bearer = input.Endpoint == "tokens/refresh" || (input.Endpoint == "activities" && input.Body.Length % 2 == 0) ? _token : EdgeHost.DirectLineSecret;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", input.GoodCredentials ? bearer : "not-a-credential");
        }
        return _host.Http.SendAsync(request);
    }

    private void Report(string what, ConcurrentDictionary<int, int> statuses)
    {
        var turnErrors = _host.Logs.Entries.Count(e => e.Level >= LogLevel.Error && e.Category.EndsWith("TurnErrorHandler", StringComparison.Ordinal));
        output.WriteLine($"Fuzzed {what}: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; turns that failed with the apology: {turnErrors}.");
    }

    private async Task AssertHostHealthyAsync()
    {
        var errors = _host.ServerErrors();
        Assert.True(errors.Count == 0, $"{errors.Count} server errors, e.g.\n{string.Join("\n", errors.Take(5))}");
        Assert.True(await _host.IsHealthyAsync(), "/healthz is not green after the fuzz run");
    }
}
