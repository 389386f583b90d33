using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Presentation;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>
/// Questions that fit the ally (issue 7, "What people hit"): the contact stored as name, title and a private
/// note, asking only for what is missing; an ally named as a person is the contact; the depth questions
/// come after the pitch and only where they fit.
/// </summary>
public sealed class QuestionFitTests
{
    [Fact]
    public async Task ContactGivenAsAWholeAnswer_StoredAsNameTitleAndPrivateNote_PitchGreetsTheName()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the Eastside recovery coalition");
        using var _ = host;
        await AnswerKindAsync(talk, host);

        var next = await talk.SayAsync("Their executive director, Tanya Brooks. Everyone in the recovery community knows her.");
        await FinishCoreAsync(talk);

        var ally = (await host.RecordAsync()).Plan.Allies[0];
        Assert.Equal(("Tanya Brooks", "executive director", "Everyone in the recovery community knows her."), (ally.Contact.Name, ally.Contact.Role, ally.Contact.Note));
        Assert.DoesNotContain(next.Texts(), t => t.Contains(Words.Question("contact", "contact-role").Replace("{contact}", "Tanya Brooks", StringComparison.Ordinal), StringComparison.Ordinal));
        var shortPitch = talk.AllReplies.Last(r => PitchEntity.VersionOf(r) == PitchEntity.Short).Text!;
        var longPitch = talk.AllReplies.Last(r => PitchEntity.VersionOf(r) == PitchEntity.Long).Text!;
        Assert.StartsWith("Hi Tanya", shortPitch);
        Assert.DoesNotContain("Hi Their", shortPitch);
        Assert.DoesNotContain("Everyone in the recovery community", shortPitch + longPitch);
    }

    [Fact]
    public async Task ContactWithNameAndTitle_DrAlanReyesVpOfQuality_RoleIsNotAskedAgain()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("Mercy General's quality department");
        using var _ = host;
        await AnswerKindAsync(talk, host);

        var next = await talk.SayAsync("Dr. Alan Reyes, VP of quality");

        var contact = (await host.RecordAsync()).Plan.Allies[0].Contact;
        Assert.Equal(("Dr. Alan Reyes", "VP of quality"), (contact.Name, contact.Role));
        Assert.Equal(new Position("allies", "ask", 0), await host.CurrentAsync());
        Assert.DoesNotContain(next.Texts(), t => t.Contains("role or title", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ContactWithNameAndADescription_DescriptionIsANote_RoleIsNotAskedAgain()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("families who lost someone to overdose");
        using var _ = host;
        await AnswerKindAsync(talk, host, "patients-and-families");

        var next = await talk.SayAsync("Maria Lopez, who started the parents' group");

        var contact = (await host.RecordAsync()).Plan.Allies[0].Contact;
        Assert.Equal(("Maria Lopez", "Who started the parents' group."), (contact.Name, contact.Note));
        Assert.Equal(new Position("allies", "ask", 0), await host.CurrentAsync());
        Assert.DoesNotContain(next.Texts(), t => t.Contains("role or title", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ContactGivenAsATitleOnly_AsksOnlyForTheName()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the Eastside recovery coalition");
        using var _ = host;
        await AnswerKindAsync(talk, host);

        var next = await talk.SayAsync("the executive director");

        Assert.Equal(Words.Question("contact", "contact-name"), next.Last().Text);
        await talk.SayAsync("not sure yet");
        Assert.Equal(new Position("allies", "ask", 0), await host.CurrentAsync());
        Assert.Equal("executive director", (await host.RecordAsync()).Plan.Allies[0].Contact.Role);
    }

    [Fact]
    public async Task ContactTheCommissionerHerself_IsATitle_TheNameIsAskedAndTheGreetingNeverQuotesTheAnswer()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the county board of commissioners");
        using var _ = host;
        await AnswerKindAsync(talk, host);

        var next = await talk.SayAsync("the commissioner herself");
        Assert.Equal(Words.Question("contact", "contact-name"), next.Last().Text);
        await talk.SayAsync("not sure");
        await FinishCoreAsync(talk);

        var contact = (await host.RecordAsync()).Plan.Allies[0].Contact;
        Assert.Null(contact.Name);
        var pitch = talk.AllReplies.Where(r => PitchEntity.VersionOf(r) is not null).Select(r => r.Text!).ToList();
        Assert.Equal(2, pitch.Count);
        Assert.All(pitch, text => Assert.DoesNotContain("The commissioner herself", text, StringComparison.OrdinalIgnoreCase));
        Assert.All(pitch, text => Assert.DoesNotContain("Hi Their", text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Commissioner Alvarez", "Commissioner Alvarez")]
    [InlineData("Dr. Ramirez", "Dr. Ramirez")]
    public async Task AllyNamedAsAPerson_IsTheContact_NoWhoAtQuestion(string named, string contact)
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync(named);
        using var _ = host;
        await AnswerKindAsync(talk, host);
        await FinishCoreAsync(talk);

        var whoAt = Words.Question("contact", "best-contact").Replace("{ally}", named, StringComparison.Ordinal);
        Assert.DoesNotContain(talk.AllReplies.Texts(), t => t.Contains(whoAt, StringComparison.Ordinal));
        Assert.Equal(contact, (await host.RecordAsync()).Plan.Allies[0].Contact.Name);
    }

    [Fact]
    public async Task Commissioner_PlanMore_NoLeadershipAndPowerQuestionButBoundariesForADominantGroup()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("Commissioner Alvarez");
        using var _ = host;
        await AnswerKindAsync(talk, host);
        var asked = await DepthQuestionsAsync(talk, host, "Commissioner Alvarez");

        Assert.DoesNotContain("organizer-or-service", asked);
        Assert.Contains("boundaries", asked);
        Assert.DoesNotContain(talk.AllReplies.Texts(), t => t.Contains("Does Commissioner Alvarez build leadership", StringComparison.Ordinal));
        Assert.Contains(Words.Question("contact", "leader-type").Replace("{who}", "Commissioner Alvarez", StringComparison.Ordinal), talk.AllReplies.Texts());
        Assert.Contains(Words.Question("contact", "bridge").Replace("{who}", "Commissioner Alvarez", StringComparison.Ordinal), talk.AllReplies.Texts());
    }

    [Fact]
    public async Task BereavedFamilies_PlanMore_NoBoundariesQuestion()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("families who lost someone to overdose");
        using var _ = host;
        await AnswerKindAsync(talk, host, "patients-and-families");
        await talk.SayAsync("Maria Lopez, who started the parents' group");
        var asked = await DepthQuestionsAsync(talk, host, null);

        Assert.DoesNotContain("boundaries", asked);
        Assert.DoesNotContain("organizer-or-service", asked);
        Assert.Contains("commitment-check", asked);
    }

    [Fact]
    public async Task CommunityOrganizers_PlanMore_AskLeadershipAndPower()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("Eastside Tenants Organizing Committee");
        using var _ = host;
        await AnswerKindAsync(talk, host, "community-organizers");
        await talk.SayAsync("Luis Ortega, lead organizer");
        var asked = await DepthQuestionsAsync(talk, host, null);

        Assert.Contains("organizer-or-service", asked);
        Assert.DoesNotContain("boundaries", asked);
    }

    [Fact]
    public async Task DepthQuestions_NotAskedBeforeThePitchByDefault()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union");
        using var _ = host;
        await AnswerKindAsync(talk, host);
        await talk.SayAsync("Marcus Lee, local president");
        await FinishCoreAsync(talk);
        await talk.SayAsync(Words.Choice("pitches", "tweak", "keep"));

        Assert.Equal(new Position("allies", "more-allies", 0), await host.CurrentAsync());
        foreach (var depth in new[] { "duration", "who-leads", "cultural-differences", "boundaries", "commitment-check", "leader-type", "bridge", "motives" })
        {
            var question = Words.Question(StepOf(depth), depth).Replace("{ally}", "the transit workers union", StringComparison.Ordinal).Replace("{who}", "Marcus Lee", StringComparison.Ordinal);
            Assert.DoesNotContain(question, talk.AllReplies.Texts());
        }
    }

    /// <summary>Confirms or picks the kind (the expected one when given), with a stance.</summary>
    private static async Task AnswerKindAsync(Conversation talk, JourneyHost host, string? audience = null)
    {
        for (var i = 0; i < 4; i++)
        {
            var at = (await host.CurrentAsync())!;
            var ally = (await host.RecordAsync()).Plan.Allies[0];
            switch (at.Question)
            {
                case "kind-and-stance" when audience is null || JourneyHost.Matcher.Best(ally.Name)?.AudienceId == audience:
                case "stance":
                    await talk.SayAsync(Words.Choice("allies", "stance", "neutral"));
                    return;
                case "kind-and-stance":
                    await talk.SayAsync("no");
                    break;
                case "audience-candidates" when audience is not null && talk.AllReplies.Last().ButtonTitles().Contains(JourneyHost.Library.Audience(audience).Name):
                case "ally-audience":
                    await talk.SayAsync(JourneyHost.Library.Audience(audience ?? "labor-unions").Name);
                    break;
                case "audience-candidates":
                    await talk.SayAsync(audience is null ? "1" : Words.Choice("allies", "audience-candidates", "something-else"));
                    break;
                default:
                    return;
            }
        }
    }

    /// <summary>The ask, the offer and what is in it for them, plainly.</summary>
    private static async Task FinishCoreAsync(Conversation talk)
    {
        await talk.SayAsync("co-sign our letter to the county board");
        await talk.SayAsync("share your story at our next town hall");
        await talk.SayAsync("go with that");
    }

    /// <summary>Keeps the pitch with "plan more" and answers every depth question; returns the ids asked.</summary>
    private static async Task<List<string>> DepthQuestionsAsync(Conversation talk, JourneyHost host, string? person)
    {
        _ = person;
        await FinishCoreAsync(talk);
        var ally = (await host.RecordAsync()).Plan.Allies[0];
        await talk.SayAsync(Words.Choice("pitches", "tweak", "keep-deeper").Replace("{ally}", ally.Name, StringComparison.Ordinal));
        var asked = new List<string>();
        for (var at = (await host.CurrentAsync())!; at.Question != "more-allies"; at = (await host.CurrentAsync())!)
        {
            asked.Add(at.Question);
            await talk.SayAsync(at.Question is "duration" or "who-leads" or "commitment-check" or "leader-type" or "organizer-or-service" ? "1" : "skip");
        }
        return asked;
    }

    private static string StepOf(string question) => question is "leader-type" or "bridge" ? "contact" : "exchange";
}
