using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests.State;

/// <summary>
/// How a turn reaches storage: in one batch (the dialog stack and the plan can never disagree after a crash),
/// and the plan only when something in it changed.
/// </summary>
public sealed class TurnSaveTests
{
    private const string ConversationKey = "test/conversations/convo1";
    private const string PlanKey = "test/users/user1/plan";

    [Fact]
    public async Task EveryTurnOfAJourney_WritesItsStateInAtMostOneBatch()
    {
        var storage = new BatchRecordingStorage();
        using var host = new JourneyHost(storage);
        string[] messages = ["hi", "Maya", Words.Choice("welcome", "who-are-you", "organizer"), "Raise HIV testing rates",
            Words.Choice("goal", "scope", "narrow"), "help", "back", "People learn their status late"];

        foreach (var message in messages)
        {
            var before = storage.Writes.Count;
            await host.SayAsync(message);
            Assert.True(storage.Writes.Count - before <= 1, $"'{message}' wrote {storage.Writes.Count - before} batches");
        }
        Assert.Contains(storage.Writes, batch => batch.Contains(ConversationKey) && batch.Contains(PlanKey));
    }

    [Fact]
    public async Task Help_AtAQuestion_DoesNotRewriteThePlan()
    {
        var storage = new BatchRecordingStorage();
        using var host = new JourneyHost(storage);
        await host.SayAsync("hi");
        await host.SayAsync("Maya");
        await host.SayAsync(Words.Choice("welcome", "who-are-you", "organizer"));

        var before = storage.Writes.Count;
        await host.SayAsync("help");
        host.Time.Advance(TimeSpan.FromMinutes(5));
        await host.SayAsync("plan");

        Assert.DoesNotContain(storage.Writes.Skip(before), batch => batch.Contains(PlanKey));
    }

    [Fact]
    public async Task ThirtyConversations_KeepABoundedList_AndDeleteMyDataStillLeavesNoConversationState()
    {
        var storage = new BatchRecordingStorage();
        for (var i = 0; i < 30; i++)
        {
            using var visit = new JourneyHost(storage, conversation: $"c{i}");
            await visit.SayAsync("hi");
        }

        using var last = new JourneyHost(storage, conversation: "c30");
        await last.SayAsync("hi");
        Assert.InRange((await last.RecordAsync()).Progress.Conversations.Count, 1, 20);
        await last.SayAsync("delete my data");
        await last.SayAsync(Words.Choice("interruptions", "confirm-delete-data", "yes"));

        var keys = Enumerable.Range(0, 31).Select(i => $"test/conversations/c{i}").Append(PlanKey).ToArray();
        Assert.Empty(await storage.ReadAsync(keys));
    }
}
