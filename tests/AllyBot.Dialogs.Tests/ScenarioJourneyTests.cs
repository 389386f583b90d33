using System.Text.Json;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;
using AllyBot.Content.Drafting;
using AllyBot.Content.Matching;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Presentation;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>The whole journey, end to end, for the three scenarios taken from the field guides.</summary>
public sealed class ScenarioJourneyTests
{
    private static readonly ContentLibrary Library = JourneyHost.Library;

    [Theory]
    [MemberData(nameof(Scenarios.All), MemberType = typeof(Scenarios))]
    public async Task WholeJourney_Scenario_PlanHoldsEveryAnswer(string scenarioId)
    {
        var (record, driver) = await RunAsync(scenarioId);
        var scenario = Library.Scenario(scenarioId);
        var plan = record.Plan;

        Assert.Equal(scenario.Goal.Statement, plan.Goal.Statement);
        Assert.Equal(scenario.Goal.Issue, plan.Goal.Issue);
        Assert.Equal(scenario.Goal.Solution, plan.Goal.Solution);
        Assert.Equal(scenario.Goal.NotTheIssue, plan.Goal.NotTheIssue);
        Assert.Equal(scenario.Allies.Count, plan.Allies.Count);
        foreach (var (expected, actual) in scenario.Allies.Zip(plan.Allies))
        {
            Assert.Equal(expected.Name, actual.Name);
            Assert.Equal(expected.AudienceId, actual.AudienceId);
            Assert.Equal(expected.Stance.ToId(), actual.Stance);
            Assert.Equal(expected.SelfInterest, actual.SelfInterest);
            Assert.Equal(expected.Ask, actual.Ask);
            Assert.Equal(expected.Offer, actual.Offer);
            Assert.Equal(expected.ContactName, actual.Contact.Name);
            Assert.Equal(expected.ContactRole, actual.Contact.Role);
        }
        Assert.Equal(scenario.UserRole, record.Profile.Name);
        Assert.Null(record.Progress.Resume);
        Assert.Contains(Words.Text("menu", "journey-complete"), driver.AllReplies.Texts());
    }

    [Theory]
    [MemberData(nameof(Scenarios.All), MemberType = typeof(Scenarios))]
    public async Task WholeJourney_WithCardForms_PlanHoldsTheSameAnswers(string scenarioId)
    {
        var (typed, _) = await RunAsync(scenarioId);
        var (carded, driver) = await RunAsync(scenarioId, cardForms: true);

        Assert.Equal(BuilderJson.Serialize(typed.Plan), BuilderJson.Serialize(carded.Plan));
        Assert.Contains(Words.Text("menu", "journey-complete"), driver.AllReplies.Texts());
        Assert.True(driver.Turns < 15, driver.Log);
    }

    [Theory]
    [MemberData(nameof(Scenarios.All), MemberType = typeof(Scenarios))]
    public async Task WholeJourney_Scenario_EveryAllyGetsAPitchWithinLimitsNamingSelfInterestAskAndOffer(string scenarioId)
    {
        var (record, _) = await RunAsync(scenarioId);
        var plan = record.Plan;

        Assert.Equal(plan.Allies.Count, plan.Pitches.Count);
        foreach (var ally in plan.Allies)
        {
            var pitch = Assert.Single(plan.Pitches, p => p.Ally == ally.Name);
            Assert.Equal(ally.AudienceId, pitch.AudienceId);
            Assert.InRange(WordLimiter.Count(pitch.Short), 10, 80);
            Assert.InRange(WordLimiter.Count(pitch.Long), 40, 250);
            foreach (var text in new[] { pitch.Short, pitch.Long })
            {
                Assert.True(PitchValidator.Names(text, ally.SelfInterest!), $"'{text}' does not name the self-interest '{ally.SelfInterest}'.");
                Assert.True(PitchValidator.Names(text, ally.Ask!), $"'{text}' does not name the ask '{ally.Ask}'.");
                Assert.True(PitchValidator.Names(text, ally.Offer!), $"'{text}' does not name the offer '{ally.Offer}'.");
            }
            Assert.Equal(Library.Audience(ally.AudienceId!).WordsToAvoid, pitch.WordsToAvoid);
            Assert.NotEmpty(pitch.Sources);
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios.All), MemberType = typeof(Scenarios))]
    public async Task WholeJourney_AlliesOfDifferentAudiences_PitchesDifferInSubstanceNotJustTheName(string scenarioId)
    {
        var (record, _) = await RunAsync(scenarioId);
        var pitches = record.Plan.Pitches;
        for (var i = 0; i < pitches.Count; i++)
        {
            for (var j = i + 1; j < pitches.Count; j++)
            {
                var (a, b) = (pitches[i], pitches[j]);
                Assert.NotEqual(a.AudienceId, b.AudienceId);
                var valueA = Library.Audience(a.AudienceId).Values[0];
                var valueB = Library.Audience(b.AudienceId).Values[0];
                Assert.Contains(valueA, a.Long, StringComparison.OrdinalIgnoreCase);
                Assert.Contains(valueB, b.Long, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(valueA, b.Long, StringComparison.OrdinalIgnoreCase);
                Assert.NotEqual(a.WordsToAvoid, b.WordsToAvoid);
                // With every name and typed answer removed, each pitch still carries words of its own audience's
                // values and language that the other pitch lacks.
                Assert.True(OwnAudienceWords(a, b, record) >= 3, $"Pitches for {a.Ally} and {b.Ally} differ only in names.");
                Assert.True(OwnAudienceWords(b, a, record) >= 3, $"Pitches for {b.Ally} and {a.Ally} differ only in names.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios.All), MemberType = typeof(Scenarios))]
    public async Task WholeJourney_OnTestChannel_LastPlanEventCarriesThePlanAsJson(string scenarioId)
    {
        var (record, driver) = await RunAsync(scenarioId);
        var planEvent = driver.AllReplies.Last(r => r.Type == ActivityTypes.Event);
        Assert.Equal(PlanEvent.Name, planEvent.Name);
        var value = BuilderJson.Convert<JsonElement>(planEvent.Value);

        Assert.Equal(record.Plan.Goal.Statement, value.GetProperty("goal").GetProperty("statement").GetString());
        var allies = value.GetProperty("allies").EnumerateArray().ToList();
        Assert.Equal(record.Plan.Allies.Count, allies.Count);
        foreach (var (json, ally) in allies.Zip(record.Plan.Allies))
        {
            Assert.Equal(ally.Name, json.GetProperty("name").GetString());
            Assert.Equal(ally.AudienceId, json.GetProperty("audienceId").GetString());
            Assert.Equal(ally.Stance, json.GetProperty("stance").GetString());
            Assert.Equal(ally.SelfInterest, json.GetProperty("selfInterest").GetString());
            Assert.Equal(ally.Ask, json.GetProperty("ask").GetString());
            Assert.Equal(ally.Offer, json.GetProperty("offer").GetString());
            Assert.Equal(ally.Contact.Name, json.GetProperty("contact").GetProperty("name").GetString());
            Assert.Equal(ally.Contact.Role, json.GetProperty("contact").GetProperty("role").GetString());
        }
        var pitches = value.GetProperty("pitches").EnumerateArray().ToList();
        Assert.Equal(record.Plan.Pitches.Count, pitches.Count);
        foreach (var pitch in pitches)
        {
            foreach (var field in new[] { "ally", "audienceId", "short", "long" })
                Assert.False(string.IsNullOrWhiteSpace(pitch.GetProperty(field).GetString()), field);
            Assert.NotEmpty(pitch.GetProperty("sources").EnumerateArray());
        }
    }

    private static async Task<(JourneyRecord Record, ScenarioDriver Driver)> RunAsync(string scenarioId, bool cardForms = false)
    {
        using var host = new JourneyHost(new MemoryStorage(), cardForms: cardForms);
        var driver = new ScenarioDriver(host, Library.Scenario(scenarioId));
        var record = await driver.RunAsync();
        return (record, driver);
    }

    private static HashSet<string> Substance(PitchEntry pitch, JourneyRecord record)
    {
        var typed = record.Plan.Allies.SelectMany(a => new[] { a.Name, a.SelfInterest, a.Ask, a.Offer, a.Contact.Name, a.Contact.Role })
            .Concat([record.Plan.Goal.Statement, record.Plan.Goal.Issue, record.Plan.Goal.Solution, record.Profile.Name])
            .SelectMany(TextNormalizer.ContentTokens)
            .ToHashSet(StringComparer.Ordinal);
        return TextNormalizer.ContentTokens(pitch.Short + " " + pitch.Long).Where(t => !typed.Contains(t)).ToHashSet(StringComparer.Ordinal);
    }

    private static int OwnAudienceWords(PitchEntry pitch, PitchEntry other, JourneyRecord record)
    {
        var audience = Library.Audience(pitch.AudienceId);
        var profile = audience.Values.Concat(audience.WordsTheyUse).SelectMany(TextNormalizer.ContentTokens).ToHashSet(StringComparer.Ordinal);
        return Substance(pitch, record).Except(Substance(other, record)).Count(profile.Contains);
    }
}
