using System.Text;
using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using Xunit.Abstractions;

namespace AllyBot.Content.Tests.Drafting;

/// <summary>
/// Every ally of every worked example (coaching/scenarios.yaml), drafted with every angle and read the way the
/// organizer would before sending it: no "…", a greeting that names a person or a safe fallback, whole
/// sentences, no doubled phrase, none of the audience's words to avoid, nothing of the topic kept off the
/// table, no private note, the ask and the offer in both versions — and two allies of one plan never get the
/// same letter with the names changed. All pitches are printed.
/// </summary>
public sealed class PitchReadingTests(ITestOutputHelper output)
{
    private static readonly ContentLibrary Library = TestLibrary.Shipped;
    private static readonly TemplatePitchDrafter Drafter = new(Library);
    private static readonly PitchValidator Validator = new(Library);

    /// The words of each scenario's topic kept off the table, as a reader would pick them out.
    private static readonly Dictionary<string, string[]> OffTheTable = new()
    {
        ["single-payer"] = ["tax", "taxes"],
        ["patient-safety"] = ["budget", "cuts"],
        ["hiv-testing"] = ["decriminalization", "decriminalize"],
        ["naloxone-libraries"] = ["decriminalization", "decriminalize", "drug", "drugs"],
        ["curriculum-sdoh"] = ["grading", "grades"],
        ["home-care-sick-days"] = ["staffing", "staff", "staffed"],
        ["asthma-southside"] = ["rent", "control"],
    };

    /// Self-interests typed as the user's private read of the ally, sentence by sentence.
    private static readonly string[] PrivateReads =
    [
        "She's up for re-election next year and needs a win on overdoses.",
        "Dr. Ramirez was hired to fix the curriculum and needs early wins to show the dean.",
        "They already care about this.",
        "Ortiz ran on workers' rights and hasn't delivered anything yet.",
        "He wants something to show for the Southside before the election.",
        "They want other families to be spared what they went through.",
    ];

    [Fact]
    public void Scenarios_AtLeastSixCoveringEveryKindOfUser()
    {
        Assert.True(Library.Scenarios.Count >= 6);
        var senders = Library.Scenarios.Values.Select(s => s.UserRole.ToLowerInvariant()).ToList();
        Assert.Contains(senders, s => s.Contains("amsa"));
        Assert.Contains(senders, s => s.Contains("community action team"));
        Assert.Contains(senders, s => s.Contains("health department"));
        Assert.Contains(senders, s => !s.Contains(' ')); // an organizer signing alone
        Assert.All(OffTheTable.Keys, id => Assert.True(Library.Scenarios.ContainsKey(id), id));
    }

    [Fact]
    public void Draft_EveryScenarioAllyAndAngle_ReadsAsSendable()
    {
        var failures = new List<string>();
        var printed = new StringBuilder();
        foreach (var scenario in Library.Scenarios.Values)
        {
            for (var i = 0; i < scenario.Allies.Count; i++)
            {
                foreach (var angle in Enum.GetValues<PitchAngle>())
                {
                    var request = ScenarioRequest.For(scenario, i, angle);
                    var pitch = Drafter.Draft(request);
                    var label = $"{scenario.Id} / {scenario.Allies[i].Name} ({angle.ToId()})";
                    printed.AppendLine($"=== {label}\n{pitch.Short}\n---\n{pitch.Long}\n");
                    failures.AddRange(Read(scenario, scenario.Allies[i], request, pitch).Select(p => $"{label}: {p}"));
                }
            }
        }
        output.WriteLine(printed.ToString());
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Draft_TwoAlliesOfOnePlan_LongPitchesShareLessThanHalfTheirWords()
    {
        var failures = new List<string>();
        foreach (var scenario in Library.Scenarios.Values)
        {
            foreach (var angle in Enum.GetValues<PitchAngle>())
            {
                var longs = Enumerable.Range(0, scenario.Allies.Count).Select(i => Drafter.Draft(ScenarioRequest.For(scenario, i, angle)).Long).ToList();
                var worst = 0.0;
                var worstAll = 0.0;
                for (var i = 0; i < longs.Count; i++)
                {
                    for (var j = i + 1; j < longs.Count; j++)
                    {
                        worst = Math.Max(worst, PitchReading.Overlap(longs[i], longs[j]));
                        worstAll = Math.Max(worstAll, PitchReading.Overlap(longs[i], longs[j], withFunctionWords: true));
                    }
                }
                output.WriteLine($"{scenario.Id,-22} {angle.ToId(),-20} shared words {worst:P0} (with function words {worstAll:P0})");
                if (worst >= 0.5)
                {
                    failures.Add($"{scenario.Id} ({angle.ToId()}): two long pitches share {worst:P0} of their words");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// The journey stores the contact as parts, but a drafter may still get the whole typed answer as the name.
    [Fact]
    public void Draft_ContactAnswerAsTyped_GreetsAsWithTheParsedParts()
    {
        foreach (var scenario in Library.Scenarios.Values)
        {
            for (var i = 0; i < scenario.Allies.Count; i++)
            {
                if (scenario.Allies[i].ContactAnswer is not { } typed)
                {
                    continue;
                }
                var parsed = ScenarioRequest.For(scenario, i, PitchAngle.CommonValues);
                var raw = parsed with { Ally = parsed.Ally with { ContactName = typed, ContactRole = null } };
                var expected = Drafter.Draft(parsed);
                var actual = Drafter.Draft(raw);
                output.WriteLine($"{typed} → {actual.Short.Split('\n')[0]} / {actual.Long.Split('\n')[0]}");
                Assert.Equal(expected.Short.Split('\n')[0], actual.Short.Split('\n')[0]);
                Assert.Equal(expected.Long.Split('\n')[0], actual.Long.Split('\n')[0]);
                Assert.Empty(Validator.Check(actual, raw));
            }
        }
    }

    private static IEnumerable<string> Read(Scenario scenario, ScenarioAlly ally, PitchRequest request, Pitch pitch)
    {
        var audience = Library.Audience(ally.AudienceId);
        var notes = ally.Notes.Concat([scenario.Opposition, ally.ContactNote]).Concat(PrivateReads)
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToList();
        var firstAsk = WordLimiter.Sentences(ally.Ask)[0];
        var firstOffer = WordLimiter.Sentences(ally.Offer)[0];
        foreach (var (version, text, max) in new[] { ("short", pitch.Short, 80), ("long", pitch.Long, 250) })
        {
            foreach (var problem in PitchReading.Problems(text, max))
            {
                yield return $"{version} {problem}";
            }
            // Every scenario says who is writing, so no pitch opens on a bare "We're working …" that says neither
            // who nor why (a short too long for the story tells the problem, or says who is writing).
            var opening = text.Split('\n', 3, StringSplitOptions.RemoveEmptyEntries)[1].Trim();
            if (opening.StartsWith("We're working", StringComparison.Ordinal))
            {
                yield return $"{version} opens '{WordLimiter.Sentences(opening)[0]}', saying neither who is writing nor why";
            }
            var words = text.ToLowerInvariant().Split(' ', '\n', ',', '.', '?', '!', ';', ':').ToHashSet();
            foreach (var word in OffTheTable[scenario.Id].Where(words.Contains))
            {
                yield return $"{version} says '{word}', kept off the table";
            }
            foreach (var avoid in audience.WordsToAvoid.Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{version} uses '{avoid}', a word to avoid";
            }
            foreach (var note in notes.Where(n => PitchReading.Repeats(text, n)))
            {
                yield return $"{version} repeats the private note '{note}'";
            }
            if (!PitchReading.Names(text, firstAsk))
            {
                yield return $"{version} lost the ask '{firstAsk}'";
            }
            if (!PitchReading.Names(text, firstOffer))
            {
                yield return $"{version} lost the offer '{firstOffer}'";
            }
        }
        foreach (var problem in Validator.Check(pitch, request))
        {
            yield return "validator: " + problem;
        }
    }
}
