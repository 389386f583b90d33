using System.Net;
using AllyBot.Bot.Tests.Channels.BotFramework.Streaming;
using AllyBot.Bot.Tests.Channels.BotFramework.Teams;
using AllyBot.Bot.Tests.Channels.Slack.Support;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Presentation;
using AllyBot.FakeOpenAI;
using Xunit.Abstractions;

namespace AllyBot.Bot.Tests.Generative;

/// <summary>
/// The polished pitch streamed by the real journey, with the fake model streaming its answer (SSE): a Teams
/// one-to-one chat (a local connector answering as Teams does) gets the informative update while the model is
/// still working, the long version growing, then the checked long version as the stream's final message and the
/// rest as their own messages; a stream whose answer fails the checks ends with the template's long version;
/// Slack gets "Drafting your pitch…" at once and then the pitch.
/// </summary>
public sealed class JourneyStreamingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan ModelLatency = TimeSpan.FromSeconds(1.5);

    private JourneyRig _rig = null!;
    private TeamsStreamingConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await TeamsStreamingConnector.StartAsync(TimeProvider.System);
        _rig = await JourneyRig.StartAsync(("Generative:TimeoutSeconds", "15"));
        _rig.Model.Latency = ModelLatency;
        _rig.Model.ChunkDelay = TimeSpan.FromMilliseconds(25);
    }

    public async Task DisposeAsync()
    {
        await _rig.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private static string Drafting => JourneyText.Text(StreamingIds.Step, StreamingIds.DraftingPitchText);

    /// <summary>Walks a Teams personal chat to the first ally's last question (expectReplies), then sends its answer as Teams does; the connector's requests of that turn.</summary>
    private async Task<(IReadOnlyList<TeamsStreamingConnector.Received> Turn, DateTimeOffset Sent)> PitchTurnOnTeamsAsync()
    {
        // A first message opens the conversation (the welcome and the first question), as in any new chat.
        var answers = JourneyRig.ToFirstPitch().Prepend("hi").ToList();
        foreach (var answer in answers.Take(answers.Count - 1))
        {
            var activity = TeamsActivities.Personal(answer);
            activity.DeliveryMode = DeliveryModes.ExpectReplies;
            activity.ServiceUrl = _connector.ServiceUrl;
            await _rig.Bot.ExchangeAsync(activity);
        }
        var before = _connector.Requests.Count;
        var last = TeamsActivities.Personal(answers[^1]);
        last.ServiceUrl = _connector.ServiceUrl;
        var sent = DateTimeOffset.UtcNow;
        using var response = await _rig.Bot.PostAsync(last);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var question = JourneyText.Question("pitches", "tweak");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!_connector.Requests.Skip(before).Any(r => Asks(r.Activity, question)) && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        var turn = _connector.Requests.Skip(before).ToList();
        foreach (var r in turn)
            output.WriteLine($"{(r.At - sent).TotalMilliseconds,6:F0} ms {r.Status} {r.Activity.Type} {r.Stream?.StreamType} {r.Stream?.StreamSequence} {(r.Shown ?? "").Split('\n')[0]}");
        return (turn, sent);
    }

    [Fact]
    public async Task Teams_InformativeWhileTheModelWorks_ThenTheLongVersionGrowing_ThenTheCheckedFinal_ThenTheRest()
    {
        var (turn, sent) = await PitchTurnOnTeamsAsync();

        var streamed = turn.TakeWhile(r => r.Activity.Type == ActivityTypes.Typing && r.Stream is not null).ToList();
        Assert.Equal((StreamTypes.Informative, Drafting, 1), (streamed[0].Stream!.StreamType, streamed[0].Activity.Text, streamed[0].Stream!.StreamSequence));
        Assert.True(streamed[0].At - sent < ModelLatency, $"The informative update came {(streamed[0].At - sent).TotalMilliseconds:F0} ms after the message; the model takes {ModelLatency.TotalMilliseconds} ms.");
        var growing = streamed.Skip(1).ToList();
        Assert.NotEmpty(growing);
        Assert.All(growing, r => Assert.Equal(StreamTypes.Streaming, r.Stream!.StreamType));
        Assert.Equal(Enumerable.Range(2, growing.Count), growing.Select(r => r.Stream!.StreamSequence!.Value));
        for (var i = 1; i < growing.Count; i++)
            Assert.StartsWith(growing[i - 1].Activity.Text!, growing[i].Activity.Text);
        // The streamed text is written as its final message is (Teams' XML with line breaks), so each stays a prefix.
        Assert.All(growing, r => Assert.Equal(TextFormatTypes.Xml, r.Activity.TextFormat));

        var final = turn[streamed.Count];
        var polished = _rig.Model.Requests[^1];
        Assert.Equal((ActivityTypes.Message, StreamTypes.Final, streamed[0].Stream!.StreamId ?? "stream-1"), (final.Activity.Type, final.Stream!.StreamType, final.Stream.StreamId));
        Assert.Contains(PitchJson.AddedSentence(polished.Data), final.Shown);
        Assert.Equal(TextFormatTypes.Xml, final.Activity.TextFormat);
        Assert.StartsWith(growing[^1].Activity.Text!, final.Activity.Text);
        Assert.Equal(PitchEntity.Long, PitchEntity.VersionOf(final.Activity));
        var after = turn.Skip(streamed.Count + 1).ToList();
        Assert.All(after, r => Assert.Null(r.Stream));
        Assert.Equal(PitchEntity.Short, PitchEntity.VersionOf(after[1].Activity));
        Assert.True(Asks(after[^1].Activity, JourneyText.Question("pitches", "tweak")));
    }

    /// <summary>Whether the activity asks the question (Teams gets a question with buttons as a card).</summary>
    private static bool Asks(Activity activity, string question) => BuilderJson.Serialize(activity).Contains(question, StringComparison.Ordinal);

    [Fact]
    public async Task Teams_AStreamedAnswerThatFailsTheChecks_EndsWithTheTemplatesLongVersion_AndThePlainWord()
    {
        _rig.Model.Responder = r => PitchJson.Polish(r).WithLongSentence("Maria Lopez has already agreed to speak.").Reply();

        var (turn, _) = await PitchTurnOnTeamsAsync();

        var growing = turn.Where(r => r.Stream?.StreamType == StreamTypes.Streaming).ToList();
        Assert.Contains(growing, r => r.Activity.Text!.Contains("Maria Lopez", StringComparison.Ordinal));
        var final = Assert.Single(turn, r => r.Stream?.StreamType == StreamTypes.Final);
        Assert.Equal(_rig.LastTemplateSent().Long, final.Shown);
        var next = turn[turn.ToList().IndexOf(final) + 1];
        Assert.StartsWith(GenerativeRig.StandardDraftNotice, next.Activity.Text);
    }

    [Fact]
    public async Task Slack_DraftingAtOnce_ThenThePitchAsMessages()
    {
        await using var slack = await SlackBotHost.StartAsync(settings: new Dictionary<string, string?>(_rig.Settings));
        var answers = JourneyRig.ToFirstPitch().Prepend("hi").ToList();
        for (var i = 0; i < answers.Count; i++)
        {
            using var accepted = await slack.PostEventAsync(SlackPayloads.DirectMessage($"Ev{i}", answers[i], ts: $"1800000000.{i + 100:D6}"));
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var question = JourneyText.Question("pitches", "tweak");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!slack.Slack.Posts.Any(p => p.Text == question) && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        var posts = slack.Slack.Posts.Select(p => p.Text ?? "").ToList();
        var drafting = posts.IndexOf(Drafting);
        output.WriteLine(string.Join("\n---\n", posts.Skip(Math.Max(0, drafting))));

        Assert.True(drafting >= 0, string.Join("\n---\n", posts));
        Assert.Contains(PitchJson.AddedSentence(_rig.Model.Requests[^1].Data), posts[drafting + 1]);
        Assert.Equal(question, posts[^1]);
    }
}
