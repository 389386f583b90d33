using System.Net;
using AllyBot.Bot.Tests.Channels.BotFramework.Teams;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Streaming;

/// <summary>
/// Teams streaming through the real host: a stand-in dialog streams a reply, and a local connector that answers
/// as Teams does sees the typing/streaminfo sequence and the final message, paced on the host's fake clock.
/// </summary>
public sealed class TeamsStreamingTests : IAsyncLifetime
{
    private const string Drafting = "Drafting your pitch…";
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    /// <summary>Waits (bounded) until the stream has taken in a refused update and stopped sending updates.</summary>
    private async Task StreamStoppedAsync()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (_bot.Stream is not StreamingResponse { IsCancelled: true })
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), "The stream never stopped after the refused update.");
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// Moves the fake clock on in 100 ms steps until <paramref name="done"/> (bounded). The stream registers its
    /// pacing delay on its own thread, possibly just after the test moved the clock, so a single exact step could
    /// leave the delay waiting for a moment that never comes; stepping on until the outcome shows cannot.
    /// </summary>
    private async Task PumpUntilAsync(Func<bool> done, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), $"Never saw {what}.");
            _time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(10);
        }
    }

    private Task PumpUntilRequestsAsync(int count) => PumpUntilAsync(() => _connector.Requests.Count >= count, $"{count} connector request(s)");

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly StreamingStandInBot _bot = new();
    private TeamsStreamingConnector _connector = null!;
    private BotHostFactory _host = null!;
    private BotClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await TeamsStreamingConnector.StartAsync(_time);
        _host = new BotHostFactory(_folder.File("bot.db"), services: s =>
        {
            s.Replace(ServiceDescriptor.Singleton<IBot>(_bot));
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time));
        });
        _client = new BotClient(_host.StartAndCreateClient());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        _folder.Dispose();
    }

    private Task<HttpResponseMessage> Say(Activity activity)
    {
        activity.ServiceUrl = _connector.ServiceUrl;
        return _client.PostAsync(activity);
    }

    [Fact]
    public async Task PersonalChat_InformativeThenGrowingTextThenFinal_OneStreamAtMostOneUpdateASecond()
    {
        var turn = Say(TeamsActivities.Personal("draft my pitch"));
        var start = _time.GetUtcNow();

        await _bot.Inform(Drafting);
        await _connector.WaitForAsync(1);
        await _bot.Chunk("Dear Dr. Lee,");
        _time.Advance(TimeSpan.FromMilliseconds(500));
        await _bot.Chunk(" our chapter");
        await PumpUntilRequestsAsync(2);
        await _bot.Chunk(" would like 20 minutes.");
        await PumpUntilRequestsAsync(3);
        var ending = _bot.End("Dear Dr. Lee, our chapter would like 20 minutes.");
        await PumpUntilAsync(() => ending.IsCompleted, "the stream's end");
        await ending;
        using var response = await turn;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = await _connector.WaitForAsync(4);
        Assert.Equal(4, requests.Count);
        Assert.Equal(
            [
                (ActivityTypes.Typing, StreamTypes.Informative, (int?)1, (string?)null, Drafting),
                (ActivityTypes.Typing, StreamTypes.Streaming, 2, "stream-1", "Dear Dr. Lee, our chapter"),
                (ActivityTypes.Typing, StreamTypes.Streaming, 3, "stream-1", "Dear Dr. Lee, our chapter would like 20 minutes."),
                (ActivityTypes.Message, StreamTypes.Final, null, "stream-1", "Dear Dr. Lee, our chapter would like 20 minutes."),
            ],
            requests.Select(r => (r.Activity.Type!, r.Stream!.StreamType!, r.Stream.StreamSequence, r.Stream.StreamId, r.Activity.Text!)));
        Assert.Equal([201, 202, 202, 202], requests.Select(r => r.Status));
        // The informative update at once, then never two requests within a second.
        Assert.Equal(start, requests[0].At);
        Assert.All(requests.Zip(requests.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= Second, $"{pair.First.At:O} → {pair.Second.At:O}"));
        Assert.All(requests, r => Assert.Equal(StreamInfo.EntityType, Assert.Single(r.Activity.Entities!).Type));
    }

    [Fact]
    public async Task PersonalChat_FinalDiffersFromTheStreamedText_TheFinalMessageCarriesTheReplacement()
    {
        var turn = Say(TeamsActivities.Personal("draft my pitch"));

        await _bot.Chunk("Dear Dr. Lee, as the largest chapter in the state");
        await _connector.WaitForAsync(1);
        var ending = _bot.End("Hi Dr. Lee, our chapter would like 20 minutes of your time.");
        await PumpUntilAsync(() => ending.IsCompleted, "the stream's end");
        await ending;
        using var response = await turn;

        var final = (await _connector.WaitForAsync(2))[1];
        Assert.Equal((ActivityTypes.Message, "Hi Dr. Lee, our chapter would like 20 minutes of your time."), (final.Activity.Type, final.Activity.Text));
        Assert.Equal((StreamTypes.Final, "stream-1"), (final.Stream!.StreamType, final.Stream.StreamId));
    }

    [Fact]
    public async Task PersonalChat_TeamsRefusesAnUpdate_NoMoreUpdates_FinalArrivesAsAnOrdinaryMessage()
    {
        _connector.RefuseRequest = 2;
        var turn = Say(TeamsActivities.Personal("draft my pitch"));

        await _bot.Inform(Drafting);
        await _connector.WaitForAsync(1);
        await _bot.Chunk("Dear Dr. Lee,");
        await PumpUntilRequestsAsync(2);
        // The refusal reaches the stream after the connector answered: wait until it has stopped the updates.
        await StreamStoppedAsync();
        await _bot.Chunk(" our chapter");
        _time.Advance(Second);
        await _bot.End("Dear Dr. Lee, our chapter would like 20 minutes.");
        using var response = await turn;

        var requests = await _connector.WaitForAsync(3);
        Assert.Equal(3, requests.Count);
        Assert.Equal(403, requests[1].Status);
        Assert.Equal((ActivityTypes.Message, "Dear Dr. Lee, our chapter would like 20 minutes."), (requests[2].Activity.Type, requests[2].Activity.Text));
        Assert.Null(requests[2].Stream);
    }

    [Fact]
    public async Task PersonalChat_TeamsRefusesTheFinalMessage_SentAgainAsAnOrdinaryMessage()
    {
        _connector.RefuseRequest = 2;
        var turn = Say(TeamsActivities.Personal("draft my pitch"));

        await _bot.Inform(Drafting);
        await _connector.WaitForAsync(1);
        var ending = _bot.End("Dear Dr. Lee, our chapter would like 20 minutes.");
        await PumpUntilAsync(() => ending.IsCompleted, "the stream's end");
        await ending;
        using var response = await turn;

        var requests = await _connector.WaitForAsync(3);
        Assert.Equal((403, StreamTypes.Final), (requests[1].Status, requests[1].Stream?.StreamType));
        Assert.Equal((200, (StreamInfo?)null), (requests[2].Status, requests[2].Stream));
        Assert.Equal("Dear Dr. Lee, our chapter would like 20 minutes.", requests[2].Activity.Text);
    }

    [Fact]
    public async Task GroupChat_NoStreaming_OnlyTheFinalMessage()
    {
        var turn = Say(TeamsActivities.GroupChat("<at>AllyBot</at> draft my pitch").WithBotMention());

        await _bot.Inform(Drafting);
        await _bot.Chunk("Dear Dr. Lee,");
        await _bot.End("Dear Dr. Lee, our chapter would like 20 minutes.");
        using var response = await turn;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var only = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal((ActivityTypes.Message, "Dear Dr. Lee, our chapter would like 20 minutes."), (only.Activity.Type, only.Activity.Text));
        Assert.Null(only.Stream);
        Assert.False(_bot.WasStreamingChannel);
    }
}
