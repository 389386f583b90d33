using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>
/// What people really type (issue 7, "What people hit"): non-answers are never stored as answers or names,
/// and natural answers at choice questions are understood, Spanish yes/no included.
/// </summary>
public sealed class AnswerReadingTests
{
    [Theory]
    [InlineData("that's all")]
    [InlineData("That's all.")]
    [InlineData("no one")]
    [InlineData("nobody")]
    public async Task ThatsAll_AtNameOneAlly_EndsTheListAndNeverBecomesAnAlly(string typed)
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("Grace Free Clinic");
        using var _ = host;
        await FinishAllyAsync(talk);
        await talk.SayAsync(Words.Choice("allies", "more-allies", "yes"));

        var next = await talk.SayAsync(typed);

        var record = await host.RecordAsync();
        Assert.Equal(["Grace Free Clinic"], record.Plan.Allies.Select(a => a.Name));
        Assert.Equal(new Position("sustain", "first-task"), record.Progress.Current);
        Assert.DoesNotContain(next.Texts(), t => t.Contains(typed, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("they support it but haven't done anything")]
    [InlineData("She's the pastor and she's on board")]
    [InlineData("he runs the free clinic")]
    public async Task ADescription_AtNameOneAlly_IsNeverAnAlly_TheNameIsAskedFor(string typed)
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("Grace Free Clinic");
        using var _ = host;
        await FinishAllyAsync(talk);
        await talk.SayAsync(Words.Choice("allies", "more-allies", "yes"));

        var reply = await talk.SayAsync(typed);

        Assert.Equal(Words.Text("allies", "not-a-name"), reply.Last().Text);
        Assert.Equal(new Position("allies", "ally-name", 1), await host.CurrentAsync());
        await talk.SayAsync("First Baptist Church");
        Assert.Equal(["Grace Free Clinic", "First Baptist Church"], (await host.RecordAsync()).Plan.Allies.Select(a => a.Name));
    }

    [Theory]
    [InlineData("It's the county health department", "the county health department")]
    [InlineData("Probably the tenants' union.", "the tenants' union")]
    [InlineData("I think it's Grace Free Clinic", "Grace Free Clinic")]
    [InlineData("that would be Commissioner Alvarez", "Commissioner Alvarez")]
    public async Task WordsBeforeAName_AtNameOneAlly_AreNotPartOfIt(string typed, string name)
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync(typed);
        using var _ = host;

        Assert.Equal(name, Assert.Single((await host.RecordAsync()).Plan.Allies).Name);
        Assert.DoesNotContain(talk.AllReplies.Texts(), t => t.Contains(typed.TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("Hi there!")]
    [InlineData("good morning")]
    [InlineData("hola")]
    public async Task AGreeting_AtAnOpenQuestion_IsNeverTheAnswer_TheQuestionComesBack(string typed)
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("Grace Free Clinic");
        using var _ = host;
        await talk.SayAsync(Words.Choice("allies", "stance", "passive-ally"));
        await talk.SayAsync("Dr. Amir Haddad, medical director");

        var reply = await talk.SayAsync(typed);

        Assert.StartsWith(Words.Text("interruptions", "greeting-back"), reply.First().Text);
        Assert.Equal(new Position("allies", "ask", 0), await host.CurrentAsync());
        Assert.Contains(reply.Texts(), t => t.Contains(Words.Question("exchange", "ask").Replace("{ally}", "Grace Free Clinic", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Null((await host.RecordAsync()).Plan.Allies[0].Ask);
    }

    [Theory]
    [InlineData("thanks")]
    [InlineData("Thank you!")]
    [InlineData("gracias")]
    public async Task Thanks_AfterTheTips_IsNeverTheNextAnswer_TheQuestionComesBack(string typed)
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("Grace Free Clinic");
        using var _ = host;
        await FinishAllyAsync(talk);
        await talk.SayAsync(Words.Choice("allies", "more-allies", "no"));
        var at = await host.CurrentAsync();

        var reply = await talk.SayAsync(typed);

        Assert.StartsWith(Words.Text("interruptions", "thanks-back"), reply.First().Text);
        Assert.Equal(at, await host.CurrentAsync());
        Assert.Contains(reply.Texts(), t => t.Contains(Words.Question(at!.Topic, at.Question), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Yes_AtNameRoleAndSelfInterest_IsNeverStored()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("Grace Free Clinic");
        using var _ = host;
        await talk.SayAsync(Words.Choice("allies", "stance", "passive-ally"));
        var atContact = await talk.SayAsync("yes");
        Assert.Equal(Words.Text("interruptions", "not-an-answer"), atContact.First().Text!.Split('\n')[0]);
        await talk.SayAsync("their medical director");
        var atName = await talk.SayAsync("yes");
        Assert.Equal(new Position("allies", "contact-name", 0), await host.CurrentAsync());
        Assert.Contains(Words.Text("interruptions", "not-an-answer"), atName.AllText());
        await talk.SayAsync("Dr. Amir Haddad");
        await talk.SayAsync("share two patient stories with the council");
        await talk.SayAsync("send student volunteers to your Saturday clinic");
        await talk.SayAsync("yes");

        var ally = (await host.RecordAsync()).Plan.Allies[0];
        Assert.Equal(("Dr. Amir Haddad", "medical director"), (ally.Contact.Name, ally.Contact.Role));
        Assert.Equal(JourneyHost.Library.Audience("clinics-and-health-centers").SelfInterests[0], ally.SelfInterest);
        Assert.Equal(new Position("allies", "tweak", 0), await host.CurrentAsync());
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("I don't know")]
    [InlineData("idk")]
    [InlineData("no sé")]
    public async Task DontKnow_AtAnOptionalQuestion_LeavesItForNowAndContinueDoesNotAskItAgain(string typed)
    {
        using var host = await Journeys.AtGoalAsync();
        await host.SayAsync("Stable housing for every family in Eastside");
        await host.SayAsync("Families are pushed out by rent hikes.");

        var skipped = await host.SayAsync(typed);

        Assert.Equal(Words.Text("interruptions", "skipped-for-now"), skipped.First().Text);
        Assert.Null((await host.RecordAsync()).Plan.Goal.Solution);
        await host.SayAsync("cancel");
        await host.SayAsync(Words.Choice("interruptions", "confirm-cancel", "yes"));
        var resumed = await host.SayAsync("continue where I left off");
        Assert.Equal(Words.Question("goal", "not-the-issue"), resumed.Last().Text);
    }

    [Fact]
    public async Task NoTheyreANonprofit_AtTheKindOfGroup_CorrectsTheKindThenAsksWhereTheyStand()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the Eastside tenants' union");
        using var _ = host;

        var next = await talk.SayAsync("no, they're a nonprofit organization");

        var ally = (await host.RecordAsync()).Plan.Allies[0];
        Assert.Equal("community-service-organizations", ally.AudienceId);
        Assert.Equal(new Position("allies", "stance", 0), await host.CurrentAsync());
        Assert.StartsWith(Words.Question("allies", "stance").Replace("{ally}", ally.Name, StringComparison.Ordinal), next.Last().Text);
    }

    [Theory]
    [InlineData("they support it but haven't done anything", "passive-ally")]
    [InlineData("yes, they support it but haven't done anything", "passive-ally")]
    [InlineData("Neutral", "neutral")]
    [InlineData("en contra", "active-opposition")]
    public async Task NaturalStance_AtTheKindAndStanceQuestion_KeepsTheKindAndTakesTheStance(string typed, string stance)
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union");
        using var _ = host;

        await talk.SayAsync(typed);

        var ally = (await host.RecordAsync()).Plan.Allies[0];
        Assert.Equal(("labor-unions", stance), (ally.AudienceId, ally.Stance));
    }

    [Theory]
    [InlineData("go with what you suggest")]
    [InlineData("you pick")]
    [InlineData("Go with that")]
    [InlineData("lo que sugieras")]
    public async Task GoWithWhatYouSuggest_AtWhatIsInItForThem_TakesTheSuggestion(string typed)
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union");
        using var _ = host;
        foreach (var answer in new[] { Words.Choice("allies", "stance", "active-ally"), "Marcus Lee, local president", "testify at the council hearing", "bring tenants to your next rally" })
            await talk.SayAsync(answer);

        await talk.SayAsync(typed);

        Assert.Equal(JourneyHost.Library.Audience("labor-unions").SelfInterests[0], (await host.RecordAsync()).Plan.Allies[0].SelfInterest);
    }

    [Fact]
    public async Task YouPick_AtTheKindOfGroup_TakesTheBestCandidate()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("Zed Quorlix community pantry");
        using var _ = host;
        var asked = (await host.CurrentAsync())!.Question;
        Assert.True(asked is "audience-candidates" or "ally-audience" or "kind-and-stance", asked);
        if (asked == "kind-and-stance")
            await talk.SayAsync("no");

        await talk.SayAsync("you pick");

        Assert.NotNull((await host.RecordAsync()).Plan.Allies[0].AudienceId);
    }

    [Theory]
    [InlineData("yes, the transit workers union")]
    [InlineData("the transit workers union")]
    [InlineData("sí, the transit workers union")]
    public async Task YesAndAName_AtAnyoneElse_AddsThatAllyWithoutAskingTheNameAgain(string typed)
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("Grace Free Clinic");
        using var _ = host;
        await FinishAllyAsync(talk);

        var next = await talk.SayAsync(typed);

        var record = await host.RecordAsync();
        Assert.Equal(["Grace Free Clinic", "the transit workers union"], record.Plan.Allies.Select(a => a.Name));
        Assert.Equal(new Position("allies", "kind-and-stance", 1), record.Progress.Current);
        Assert.Contains("labor unions", next.Last().Text);
    }

    [Theory]
    [InlineData("1 and 3")]
    [InlineData("1 3")]
    [InlineData("1, 3")]
    [InlineData("the first and the third")]
    [InlineData("the nurses union and Dr. Reyes")]
    public async Task PickAllies_NumbersOrNames_AddThoseCandidatesWithoutRetyping(string typed)
    {
        using var host = await AtPickAsync();

        await host.SayAsync(typed);

        Assert.Equal(["the ICU nurses' union", "Dr. Alan Reyes"], (await host.RecordAsync()).Plan.Allies.Select(a => a.Name));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("the patient and family advisory council")]
    [InlineData("yes, the patient and family advisory council")]
    public async Task AnyoneElse_ARemainingIdea_ByNumberOrName_IsAdded(string typed)
    {
        using var host = await AtPickAsync();
        await host.SayAsync("1");
        var talk = new Conversation(host);
        await FinishAllyAsync(talk);

        await host.SayAsync(typed);

        Assert.Equal(["the ICU nurses' union", "the patient and family advisory council"], (await host.RecordAsync()).Plan.Allies.Select(a => a.Name));
    }

    /// <summary>A full plan at "which of these should go in your plan?", three names given.</summary>
    private static async Task<JourneyHost> AtPickAsync()
    {
        var host = await Journeys.AtGoalAsync();
        foreach (var answer in new[] { "Safe night staffing at Mercy General", "skip", "skip", "none",
                     "The ICU nurses' union, the patient and family advisory council, and Dr. Alan Reyes, VP of quality", "none" })
            await host.SayAsync(answer);
        Assert.Equal(new Position("allies", "pick-allies"), await host.CurrentAsync());
        return host;
    }

    [Theory]
    [InlineData("sí")]
    [InlineData("si")]
    [InlineData("claro")]
    public async Task SpanishYes_AtAConfirmation_IsAYes(string typed)
    {
        using var host = await Journeys.AtGoalAsync();
        await host.SayAsync("cancel");

        var stopped = await host.SayAsync(typed);

        Assert.Equal(Words.Text("interruptions", "cancelled"), stopped.Single().Text);
    }

    /// <summary>The first ally's questions answered plainly, through to its kept pitch ("anyone else?" is next).</summary>
    internal static async Task FinishAllyAsync(Conversation talk)
    {
        foreach (var answer in new[]
        {
            Words.Choice("allies", "stance", "passive-ally"), "Dr. Amir Haddad, medical director", "share two patient stories with the council",
            "send student volunteers to your Saturday clinic", "go with that", Words.Choice("pitches", "tweak", "keep"),
        })
        {
            await talk.SayAsync(answer);
        }
    }
}
