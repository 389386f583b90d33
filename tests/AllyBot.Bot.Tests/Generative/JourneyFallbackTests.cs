using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.FakeOpenAI;
using Xunit.Abstractions;

namespace AllyBot.Bot.Tests.Generative;

/// <summary>
/// Every model fault and every broken rule, through the real journey over HTTP: the person asks for another
/// version at the pitch review, the model fails, and the turn answers 200 within Generative:TimeoutSeconds + 1 s
/// with the template pitch (exactly what the model was sent as the template) and the plain "Here's the standard
/// draft." — never an error or an apology. One walk to the review, then one request per fault.
/// </summary>
public sealed class JourneyFallbackTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Conversation = "faults";

    /// <summary>The contact answered with a private note (kept for the meeting brief, never for a pitch).</summary>
    private const string PrivateNote = "She's up for re-election next spring.";

    private JourneyRig _rig = null!;

    public async Task InitializeAsync() => _rig = await JourneyRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private static IReadOnlyList<string> Walk()
    {
        var ally = SinglePayerScript.Scenario.Allies[0];
        return JourneyRig.ToFirstPitch().Select(a => a == $"{ally.ContactName}, {ally.ContactRole}" ? $"{a}. {PrivateNote}" : a).ToList();
    }

    public static IEnumerable<(string Fault, Func<FakeReply[]>? Replies, Func<PitchJson, PitchJson>? Break)> Faults()
    {
        var request = GenerativeRig.NursesUnion();
        var notTheIssue = SinglePayerScript.Scenario.Goal.NotTheIssue!;
        yield return ("slow", () => [FakeReply.Of("{}").After(TimeSpan.FromSeconds(30))], null);
        yield return ("429 twice, retry-after-ms 100", () => [FakeReply.RateLimited(100), FakeReply.RateLimited(100)], null);
        yield return ("429, retry-after-ms 60000", () => [FakeReply.RateLimited(60_000)], null);
        yield return ("500", () => [FakeReply.ServerError()], null);
        yield return ("invalid JSON", () => [FakeReply.InvalidJson()], null);
        yield return ("400 content_filter", () => [FakeReply.ContentFilterError()], null);
        yield return ("finish_reason content_filter", () => [FakeReply.ContentFilterFinish()], null);
        foreach (var rule in new[]
                 {
                     "short-too-long", "ask-gone", "offer-gone", "word-to-avoid", "invented-person", "invented-organization",
                     "invented-number", "invented-date", "greeting-changed", "sign-off-changed", "two-talking-points", "subject-two-lines", "off-subject",
                 })
            yield return ($"rule broken: {rule}", null, valid => PitchFallbackTests.BreakFor(valid, rule, request));
        yield return ("rule broken: off-the-table", null, valid => valid.WithLongSentence($"We also want to settle this: {notTheIssue.Split(';')[0].ToLowerInvariant()}."));
        yield return ("rule broken: private-note", null, valid => valid.WithLongSentence("We know you're up for re-election next spring."));
    }

    [Fact]
    public async Task EveryFault_EndsInTheTemplatePitch_WithThePlainWord_WithinTheBudgetPlusOneSecond()
    {
        var first = await _rig.WalkToFirstPitchAsync(Conversation, Walk());
        Assert.DoesNotContain(first, r => (r.Text ?? "").Contains(GenerativeRig.StandardDraftNotice, StringComparison.Ordinal));
        var budget = TimeSpan.FromSeconds(_rig.TimeoutSeconds + 1);
        var another = JourneyText.Choice("pitches", "tweak", "another-version");
        var failures = new List<string>();

        foreach (var (fault, replies, broken) in Faults())
        {
            _rig.Model.Responder = r => (broken is null ? PitchJson.Polish(r, value: 1) : broken(PitchJson.Polish(r, value: 1))).Reply();
            if (replies is not null)
                _rig.Model.Enqueue(replies());

            var (turn, elapsed) = await _rig.TimedSayAsync(Conversation, another);

            var template = _rig.LastTemplateSent();
            var (shortVersion, longVersion) = JourneyRig.Pitches(turn);
            var said = JourneyRig.Transcript(turn);
            output.WriteLine($"{fault,-40} {elapsed.TotalMilliseconds,6:F0} ms");
            if (elapsed > budget)
                failures.Add($"{fault}: {elapsed.TotalMilliseconds:F0} ms (budget {budget.TotalMilliseconds:F0} ms)");
            if (longVersion != template.Long || shortVersion != template.Short)
                failures.Add($"{fault}: not the template pitch\n{said}");
            if (!turn.Any(r => (r.Text ?? "").StartsWith(GenerativeRig.StandardDraftNotice, StringComparison.Ordinal)))
                failures.Add($"{fault}: no plain word\n{said}");
            if (said.Contains("sorry", StringComparison.OrdinalIgnoreCase) || said.Contains("error", StringComparison.OrdinalIgnoreCase))
                failures.Add($"{fault}: an apology or an error\n{said}");
            if (turn[^1].Text != JourneyText.Question("pitches", "tweak"))
                failures.Add($"{fault}: the review is not asked again\n{said}");
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task RateLimitedOnce_IsRetried_AndThePolishedVersionShown()
    {
        await _rig.WalkToFirstPitchAsync(Conversation, Walk());
        _rig.Model.Responder = r => PitchJson.Polish(r, value: 1).Reply();
        _rig.Model.Enqueue(FakeReply.RateLimited(150));

        var turn = await _rig.SayAsync(Conversation, JourneyText.Choice("pitches", "tweak", "another-version"));

        Assert.Contains(PitchJson.AddedSentence(_rig.Model.Requests[^1].Data, 1), JourneyRig.Pitches(turn).Long);
        Assert.DoesNotContain(turn, r => (r.Text ?? "").Contains(GenerativeRig.StandardDraftNotice, StringComparison.Ordinal));
    }
}
