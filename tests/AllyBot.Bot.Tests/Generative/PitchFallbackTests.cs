using System.Diagnostics;
using AllyBot.Content.Drafting;
using AllyBot.Content.Generative;
using AllyBot.FakeOpenAI;

namespace AllyBot.Bot.Tests.Generative;

/// <summary>
/// Every way the model can fail ends in the template pitch with the plain notice, within
/// Generative:TimeoutSeconds + 1 s, and the reason is what the metric counts.
/// </summary>
public sealed class PitchFallbackTests : IAsyncLifetime
{
    private GenerativeRig _rig = null!;

    public async Task InitializeAsync() => _rig = await GenerativeRig.StartAsync(o => o.TimeoutSeconds = 1.5);

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    public static TheoryData<string> Faults => new() { "slow", "429-twice", "429-long-wait", "500", "invalid-json", "content-filter-400", "content-filter-finish", "slow-stream" };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Fault_GivesTheTemplatePitchAndTheNotice(string fault)
    {
        var (replies, expected, stream) = fault switch
        {
            "slow" => (new[] { FakeReply.Of("{}").After(TimeSpan.FromSeconds(30)) }, FallbackReason.Timeout, false),
            "slow-stream" => (new[] { FakeReply.Of("{}").After(TimeSpan.FromSeconds(30)) }, FallbackReason.Timeout, true),
            "429-twice" => (new[] { FakeReply.RateLimited(100), FakeReply.RateLimited(100) }, FallbackReason.RateLimited, false),
            "429-long-wait" => (new[] { FakeReply.RateLimited(60_000) }, FallbackReason.RateLimited, false),
            "500" => (new[] { FakeReply.ServerError() }, FallbackReason.ServiceError, false),
            "invalid-json" => (new[] { FakeReply.InvalidJson() }, FallbackReason.UnreadableOutput, false),
            "content-filter-400" => (new[] { FakeReply.ContentFilterError() }, FallbackReason.ContentFilter, false),
            "content-filter-finish" => (new[] { FakeReply.ContentFilterFinish() }, FallbackReason.ContentFilter, true),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };
        _rig.Model.Enqueue(replies);
        _rig.Model.Responder = r => PitchJson.Polish(r).Reply();
        var request = GenerativeRig.NursesUnion();

        var watch = Stopwatch.StartNew();
        var pitch = stream
            ? await _rig.Drafter.DraftAsync(request, Content.Generative.Pitches.PitchVariant.First, _ => { })
            : await _rig.Drafter.DraftAsync(request);
        watch.Stop();

        PolishedPitchTests.AssertWithinBudget(watch, _rig.Options);
        var template = _rig.Template.Draft(request);
        Assert.Equal(template.Short, pitch.Short);
        Assert.Equal(template.Long, pitch.Long);
        Assert.Equal(TemplatePitchDrafter.DrafterName, pitch.DrafterName);
        Assert.Equal(expected, pitch.Fallback?.Reason);
        Assert.Equal(GenerativeRig.StandardDraftNotice, pitch.Fallback?.Notice);
    }

    [Fact]
    public async Task RateLimitedOnce_IsRetriedAfterTheAskedWait()
    {
        _rig.Model.Enqueue(FakeReply.RateLimited(200));
        _rig.Model.Responder = r => PitchJson.Polish(r).Reply();

        var watch = Stopwatch.StartNew();
        var pitch = await _rig.Drafter.DraftAsync(GenerativeRig.NursesUnion());

        Assert.Null(pitch.Fallback);
        Assert.Equal(2, _rig.Model.Requests.Count);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(200), $"retried after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task LongRetryAfter_GivesUpAtOnce()
    {
        _rig.Model.Enqueue(FakeReply.RateLimited(60_000));

        var pitch = await _rig.Drafter.DraftAsync(GenerativeRig.NursesUnion());

        Assert.Equal(FallbackReason.RateLimited, pitch.Fallback?.Reason);
        Assert.Single(_rig.Model.Requests);
    }

    public static TheoryData<string> BrokenRules => new()
    {
        "short-too-long", "ask-gone", "offer-gone", "word-to-avoid", "off-the-table", "private-note", "invented-person",
        "invented-organization", "invented-number", "invented-date", "greeting-changed", "sign-off-changed", "two-talking-points",
        "subject-two-lines", "off-subject",
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public async Task AnswerBreakingARule_GivesTheTemplatePitch(string rule)
    {
        var request = GenerativeRig.NursesUnion();
        var template = _rig.Template.Draft(request);
        _rig.Model.Responder = r => Break(PitchJson.Polish(r), rule, request).Reply();

        var pitch = await _rig.Drafter.DraftAsync(request);

        Assert.Equal(FallbackReason.FailedChecks, pitch.Fallback?.Reason);
        Assert.Equal(template.Long, pitch.Long);
        Assert.Equal(GenerativeRig.StandardDraftNotice, pitch.Fallback?.Notice);
    }

    internal static PitchJson BreakFor(PitchJson valid, string rule, PitchRequest request) => Break(valid, rule, request);

    private static PitchJson Break(PitchJson valid, string rule, PitchRequest request) => rule switch
    {
        "short-too-long" => valid with { Short = valid.Short + string.Concat(Enumerable.Repeat(" We care about this.", 25)) },
        "ask-gone" => valid with { Long = valid.Long.Replace(request.Ally.Ask!, "help us", StringComparison.Ordinal).Replace("testify", "help", StringComparison.Ordinal) },
        "offer-gone" => valid with { Long = valid.Long.Replace("research and write", "support", StringComparison.Ordinal).Replace("testimony", "work", StringComparison.Ordinal) },
        "word-to-avoid" => valid.WithLongSentence($"This is about {GenerativeRig.Library.Audience(request.Ally.AudienceId).WordsToAvoid[0]}."),
        "off-the-table" => valid.WithLongSentence("We also want to settle which tax would fund it."),
        "private-note" => valid.WithLongSentence("We know you are up for re-election next spring."),
        "invented-person" => valid.WithLongSentence("Maria Lopez has already agreed to speak."),
        "invented-organization" => valid.WithLongSentence("We are also working with the Harborview Coalition."),
        "invented-number" => valid.WithLongSentence("Already 4,200 patients have signed on."),
        "invented-date" => valid.WithLongSentence("The hearing is on the first Tuesday of April."),
        "greeting-changed" => valid with { Long = "Hey there," + valid.Long[valid.Long.IndexOf('\n')..] },
        "sign-off-changed" => valid with { Long = valid.Long[..valid.Long.LastIndexOf("\n\n", StringComparison.Ordinal)] + "\n\nCheers!" },
        "two-talking-points" => valid with { TalkingPoints = valid.TalkingPoints.Take(2).ToList() },
        "subject-two-lines" => valid with { Subject = "Working together\nfor health care" },
        "off-subject" => valid with
        {
            Long = "Dear Dana Whitfield,\n\nEvery galleon drifts past coral reefs while parrots squawk shanties; buccaneers bury doubloons beneath swaying palms, "
                + "hoist jolly rogers, swab decks, chart treasure maps, dodge krakens and feast on hardtack and grog. "
                + $"Would you be willing to {request.Ally.Ask}? In return, we can offer {request.Ally.Offer}.\n\nWith thanks,\nRiverside AMSA",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };
}
