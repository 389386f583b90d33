using AllyBot.Builder;
using AllyBot.Builder.State;
using AllyBot.Dialogs.Hosting;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Dialogs.Tests;

/// <summary>Jumping to one part from the menu, cancel, start over, and the DI registration.</summary>
public sealed class MenuTests
{
    [Fact]
    public async Task Start_TheTeamsAndSlackCommand_ShowsTheMenuAndKeepsThePlan()
    {
        using var host = await Journeys.FinishedAsync();

        var replies = await host.SayAsync("start");
        var plan = await host.SayAsync("plan");

        Assert.Contains(replies.Last().SuggestedActions!.Actions, a => a.Title == Words.Choice("menu", "main-menu", "new-plan"));
        Assert.Contains("Grace Free Clinic", string.Concat(plan.Select(AllyBot.Builder.Schema.BuilderJson.Serialize)));
    }

    [Fact]
    public async Task DraftPitch_FromMenu_PicksAnAllyDraftsAndSavesAnEditedVersion()
    {
        using var host = await Journeys.FinishedAsync();

        var choose = await host.SayAsync(Words.Choice("menu", "main-menu", "draft-pitch"));
        Assert.Equal(Words.Question("pitches", "choose-ally"), choose.Last().Text);
        await host.SayAsync("Grace Free Clinic");
        var draft = await host.SayAsync(Words.Choice("pitches", "angle", "storytelling"));
        Assert.Contains(draft, r => AllyBot.Dialogs.Presentation.PitchEntity.VersionOf(r) == "short");
        Assert.Contains(draft, r => AllyBot.Dialogs.Presentation.PitchEntity.VersionOf(r) == "long");

        await host.SayAsync(Words.Choice("pitches", "tweak", "edit-short"));
        var tooLong = await host.SayAsync(string.Join(' ', Enumerable.Repeat("word", 81)));
        Assert.Equal("That's 81 words; this version has to fit the limit. Could you trim it?", tooLong.First().Text);
        await host.SayAsync("Hi Dr. Haddad, could your clinic share two stories with us? We'll staff your Saturday clinic.");
        var saved = await host.SayAsync(Words.Choice("pitches", "tweak", "keep"));

        Assert.Contains("Saved the pitch for Grace Free Clinic to your plan.", saved.Texts());
        var pitch = (await host.RecordAsync()).Plan.Pitches.Single(p => p.Ally == "Grace Free Clinic");
        Assert.True(pitch.Edited);
        Assert.Equal("storytelling", pitch.Angle);
        Assert.StartsWith("Hi Dr. Haddad", pitch.Short);
        Assert.Equal(Words.Text("menu", "part-done"), saved.Texts().ElementAt(1));
    }

    [Fact]
    public async Task AddAlly_FromMenu_AddsOneAllyAndReturnsToTheMenu()
    {
        using var host = await Journeys.FinishedAsync();

        await host.SayAsync(Words.Choice("menu", "main-menu", "add-ally"));
        await host.SayAsync("First Baptist Church");
        await host.SayAsync(Words.Choice("allies", "stance", "neutral"));
        await host.SayAsync("Pastor Ruiz, senior pastor");
        await host.SayAsync("host a health fair after services");
        await host.SayAsync("staff the health fair with student volunteers");
        await host.SayAsync("go with that");
        var done = await host.SayAsync(Words.Choice("pitches", "tweak", "keep"));

        var record = await host.RecordAsync();
        Assert.Equal(4, record.Plan.Allies.Count);
        Assert.Equal("faith-communities", record.Plan.Allies[3].AudienceId);
        Assert.Equal(4, record.Plan.Pitches.Count);
        Assert.Contains(Words.Text("menu", "part-done"), done.Texts());
        Assert.Equal("menu", record.Progress.Current!.Topic);
    }

    [Fact]
    public async Task Cancel_Confirmed_KeepsThePlanAndWaitsQuietlyForMenu()
    {
        using var host = await Journeys.AtGoalAsync();
        await host.SayAsync("Safer streets");
        await host.SayAsync("cancel");

        var stopped = await host.SayAsync(Words.Choice("interruptions", "confirm-cancel", "yes"));
        Assert.Equal(new[] { Words.Text("interruptions", "cancelled") }, stopped.Texts());
        var menu = await host.SayAsync("menu");

        Assert.Equal("Your plan for 'Safer streets' is saved. What next?", menu.Last().Text);
        Assert.Equal("Safer streets", (await host.RecordAsync()).Plan.Goal.Statement);
    }

    [Fact]
    public async Task StartOver_Confirmed_ClearsThePlanAndBeginsWithTheGoal()
    {
        using var host = await Journeys.FinishedAsync();
        await host.SayAsync("start over");

        var fresh = await host.SayAsync(Words.Choice("interruptions", "confirm-start-over", "yes"));

        Assert.Equal(Words.Text("interruptions", "started-over"), fresh.First().Text);
        Assert.Equal(Words.Question("goal", "largest-goal"), fresh.Last().Text);
        var record = await host.RecordAsync();
        Assert.Empty(record.Plan.Allies);
        Assert.Equal("Riverside Medical School AMSA chapter", record.Profile.Name);
    }

    [Fact]
    public async Task StartOver_AsANewUsersFirstMessage_WelcomesWithoutAskingToClearAPlan()
    {
        // Slack's "/allybot start" sends "start over"; a new user has no plan to clear.
        using var host = new JourneyHost(new MemoryStorage());

        var replies = await host.SayAsync("start over");

        Assert.StartsWith("Hi user1!", replies.Texts().First());
        Assert.DoesNotContain(Words.Question("interruptions", "confirm-start-over"), replies.Texts());
        Assert.Equal(Words.Question("welcome", "start"), replies.Last().Text);
        Assert.Null((await host.RecordAsync()).Progress.PendingConfirmation);
        var next = await host.SayAsync(Words.Choice("welcome", "start", "full-plan"));
        Assert.Equal(Words.Question("welcome", "your-name"), next.Last().Text);
    }

    [Fact]
    public async Task StartOver_InANewConversationWithAnEmptyPlan_BeginsTheGoalWithoutAsking()
    {
        var storage = new MemoryStorage();
        using (var before = new JourneyHost(storage, conversation: "old"))
        {
            await before.SayAsync("hi");
            await before.SayAsync(Words.Choice("welcome", "start", "full-plan"));
            await before.SayAsync("Maya");
        }
        using var host = new JourneyHost(storage, conversation: "new");

        var replies = await host.SayAsync("start over");

        Assert.DoesNotContain(Words.Question("interruptions", "confirm-start-over"), replies.Texts());
        Assert.Equal(Words.Question("goal", "largest-goal"), replies.Last().Text);
        Assert.Equal(new Position("goal", "largest-goal"), await host.CurrentAsync());
    }

    [Fact]
    public async Task Back_AtFirstGoalQuestion_ReturnsToTheWelcomeQuestionBeforeIt()
    {
        using var host = await Journeys.AtGoalAsync();

        var back = await host.SayAsync("back");

        Assert.Equal(Words.Text("interruptions", "back"), back.First().Text);
        Assert.StartsWith(Words.Question("welcome", "your-name"), back.Last().Text);
        Assert.Contains("Your earlier answer: Maya", back.Last().Text);
        Assert.Equal(new Position("welcome", "your-name"), await host.CurrentAsync());
    }

    [Fact]
    public void AddAllyBotDialogs_WithStorage_ResolvesTheJourneyAsTheBot()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IStorage>(new MemoryStorage());
        services.AddAllyBotDialogs();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<AllyBotActivityHandler>(provider.GetRequiredService<IBot>());
    }
}
