using System.Text.Json;
using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Builder.Tests.State;

/// <summary>
/// A turn's state reaches storage in one all-or-nothing batch: every changed state of a <see cref="BotStateSet"/>
/// and the turn's own writes (<see cref="TurnWrites"/>, e.g. the id of the activity it processed) together.
/// </summary>
public sealed class TurnBatchTests
{
    private readonly MemoryStorage _memory = new();
    private readonly TestAdapter _adapter = new(Channels.Test);

    private TurnContext NewTurn(string conversation = "convo1")
    {
        var activity = _adapter.MakeActivity("hi");
        activity.Conversation = new ConversationAccount(conversation);
        return new TurnContext(_adapter, activity);
    }

    [Fact]
    public async Task SaveAllChangesAsync_TwoChangedStatesAndATurnWrite_OneBatchWithAllThree()
    {
        var storage = new RecordingStorage(_memory);
        var (conversation, user) = (new ConversationState(storage), new UserState(storage));
        using var turn = NewTurn();
        await conversation.CreateProperty<int>("n").SetAsync(turn, 1);
        await user.CreateProperty<int>("n").SetAsync(turn, 2);
        TurnWrites.Add(turn, "processed/abc", new { at = "now" });

        await new BotStateSet(conversation, user).SaveAllChangesAsync(turn);

        var batch = Assert.Single(storage.Batches);
        Assert.Equal(["processed/abc", "test/conversations/convo1", "test/users/user1"], batch);
    }

    [Fact]
    public async Task SaveAllChangesAsync_OneStateStale_NothingOfTheTurnIsWritten()
    {
        var (conversation, user) = (new ConversationState(_memory), new UserState(_memory));
        var userCount = user.CreateProperty<int>("n");
        using (var seed = NewTurn("convo-seed"))
        {
            await userCount.SetAsync(seed, 1);
            await user.SaveChangesAsync(seed);
        }
        using var turnA = NewTurn("convo-a");
        using var turnB = NewTurn("convo-b");
        await userCount.SetAsync(turnA, await userCount.GetAsync(turnA) + 1);
        await userCount.SetAsync(turnB, await userCount.GetAsync(turnB) + 1);
        await conversation.CreateProperty<string>("last").SetAsync(turnB, "from B");
        TurnWrites.Add(turnB, "processed/b", new { at = "now" });
        await new BotStateSet(conversation, user).SaveAllChangesAsync(turnA);

        await Assert.ThrowsAsync<ETagConflictException>(() => new BotStateSet(conversation, user).SaveAllChangesAsync(turnB));

        Assert.Empty(await _memory.ReadAsync(["test/conversations/convo-b", "processed/b"]));
    }

    [Fact]
    public async Task SaveAllChangesAsync_TwoFirstTurnsOfANewUser_SecondConflictsInsteadOfOverwriting()
    {
        var user = new UserState(_memory);
        var conversations = user.CreateProperty<List<string>>("conversations");
        using var turnA = NewTurn("convo-a");
        using var turnB = NewTurn("convo-b");
        (await conversations.GetAsync(turnA, () => [])).Add("convo-a");
        (await conversations.GetAsync(turnB, () => [])).Add("convo-b");
        await user.SaveChangesAsync(turnA);

        await Assert.ThrowsAsync<ETagConflictException>(() => user.SaveChangesAsync(turnB));

        using var check = NewTurn();
        Assert.Equal(["convo-a"], await conversations.GetAsync(check));
    }

    [Fact]
    public async Task SaveChangesAsync_SingleState_CarriesTheTurnWritesAndLeavesNoneBehind()
    {
        var storage = new RecordingStorage(_memory);
        var conversation = new ConversationState(storage);
        using var turn = NewTurn();
        await conversation.CreateProperty<int>("n").SetAsync(turn, 1);
        TurnWrites.Add(turn, "processed/abc", new { at = "now" });

        await conversation.SaveChangesAsync(turn);

        Assert.Equal(["processed/abc", "test/conversations/convo1"], Assert.Single(storage.Batches));
        Assert.Empty(TurnWrites.Take(turn));
    }

    [Fact]
    public async Task SaveAllChangesAsync_NothingChangedButATurnWrite_WritesIt()
    {
        var storage = new RecordingStorage(_memory);
        var conversation = new ConversationState(storage);
        using var turn = NewTurn();
        await conversation.LoadAsync(turn);
        TurnWrites.Add(turn, "processed/abc", new { at = "now" });

        await new BotStateSet(conversation).SaveAllChangesAsync(turn);

        Assert.Equal(["processed/abc"], Assert.Single(storage.Batches));
    }

    [Fact]
    public async Task SaveAllChangesAsync_StatesOverDifferentStores_RefusesRatherThanSplitTheBatch()
    {
        using var turn = NewTurn();
        var conversation = new ConversationState(_memory);
        var user = new UserState(new MemoryStorage());
        await conversation.CreateProperty<int>("n").SetAsync(turn, 1);
        await user.CreateProperty<int>("n").SetAsync(turn, 1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => new BotStateSet(conversation, user).SaveAllChangesAsync(turn));
    }

    [Fact]
    public async Task GetAsync_StoredPropertyOfTheWrongShape_ThrowsStateUnreadableNamingKeyAndETag()
    {
        await _memory.WriteAsync(new Dictionary<string, object> { ["test/conversations/convo1"] = new { plan = new { allies = "not a list" } } });
        var eTag = ((JsonElement)(await _memory.ReadAsync(["test/conversations/convo1"]))["test/conversations/convo1"]).GetProperty("eTag").GetString();
        var state = new ConversationState(_memory);
        using var turn = NewTurn();

        var error = await Assert.ThrowsAsync<StateUnreadableException>(() => state.CreateProperty<PlanShape>("plan").GetAsync(turn));

        Assert.Equal(("test/conversations/convo1", eTag), (error.Key, error.ETag));
        Assert.DoesNotContain("not a list", error.Message);
    }

    [Fact]
    public async Task Unreadable_ForAProblemFoundLater_NamesThisTurnsKeyAndETag()
    {
        var state = new ConversationState(_memory);
        using (var seed = NewTurn())
        {
            await state.CreateProperty<int>("n").SetAsync(seed, 1);
            await state.SaveChangesAsync(seed);
        }
        using var turn = NewTurn();
        await state.LoadAsync(turn);

        var error = state.Unreadable(turn, "an unknown dialog id");

        Assert.Equal("test/conversations/convo1", error.Key);
        Assert.Equal(state.GetCachedState(turn)!.ETag, error.ETag);
        Assert.Equal("test/conversations/convo1", state.StorageKeyOf(turn));
    }

    private sealed class PlanShape
    {
        public List<string> Allies { get; set; } = [];
    }
}
