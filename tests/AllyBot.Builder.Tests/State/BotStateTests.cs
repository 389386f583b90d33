using System.Text.Json;
using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Builder.Tests.State;

public class BotStateTests
{
    private readonly MemoryStorage _storage = new();
    private readonly TestAdapter _adapter = new(Channels.Slack);

    private sealed class Plan
    {
        public string? Goal { get; set; }
        public List<string> Allies { get; set; } = [];
    }

    private TurnContext NewTurn(string text = "hi") => new(_adapter, _adapter.MakeActivity(text));

    [Fact]
    public async Task SaveChangesAsync_MutatedTypedObject_LoadsInNextTurn()
    {
        var state = new ConversationState(_storage);
        var plan = state.CreateProperty<Plan>("plan");

        using (var turn1 = NewTurn())
        {
            var value = await plan.GetAsync(turn1, () => new Plan());
            value.Goal = "longer clinic hours";
            value.Allies.Add("nurses' union");
            await state.SaveChangesAsync(turn1);
        }

        using var turn2 = NewTurn();
        var loaded = await plan.GetAsync(turn2);
        Assert.Equal("longer clinic hours", loaded.Goal);
        Assert.Equal(["nurses' union"], loaded.Allies);
    }

    [Fact]
    public async Task SaveChangesAsync_SecondGetAfterConversion_ReturnsSameObject()
    {
        var state = new ConversationState(_storage);
        var plan = state.CreateProperty<Plan>("plan");
        using (var turn1 = NewTurn())
        {
            await plan.SetAsync(turn1, new Plan { Goal = "g" });
            await state.SaveChangesAsync(turn1);
        }

        using var turn2 = NewTurn();
        var first = await plan.GetAsync(turn2);
        first.Goal = "changed";
        var second = await plan.GetAsync(turn2);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task GetStorageKey_ConversationAndUserState_FollowSdkKeyFormats()
    {
        var conversation = new ConversationState(_storage);
        var user = new UserState(_storage);
        var privateState = new PrivateConversationState(_storage);
        using var turn = NewTurn();

        await conversation.CreateProperty<int>("n").SetAsync(turn, 1);
        await user.CreateProperty<int>("n").SetAsync(turn, 2);
        await privateState.CreateProperty<int>("n").SetAsync(turn, 3);
        await new BotStateSet(conversation, user, privateState).SaveAllChangesAsync(turn);

        var items = await _storage.ReadAsync(["slack/conversations/convo1", "slack/users/user1", "slack/conversations/convo1/users/user1"]);
        Assert.Equal(3, items.Count);
        Assert.Equal(2, ((JsonElement)items["slack/users/user1"]).GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task LoadAsync_TurnState_CachedUnderStateClassName()
    {
        var state = new ConversationState(_storage);
        using var turn = NewTurn();

        await state.LoadAsync(turn);

        Assert.IsType<CachedBotState>(turn.TurnState["ConversationState"]);
    }

    [Fact]
    public async Task GetAsync_MissingWithoutFactory_ReturnsDefaultAndStoresNothing()
    {
        var state = new ConversationState(_storage);
        using var turn = NewTurn();

        Assert.Null(await state.CreateProperty<Plan>("plan").GetAsync(turn));
        Assert.Equal(0, await state.CreateProperty<int>("count").GetAsync(turn));
        Assert.False(state.GetCachedState(turn)!.IsChanged());
    }

    [Fact]
    public async Task SaveChangesAsync_Unchanged_DoesNotWrite()
    {
        var storage = new RecordingStorage(_storage);
        var state = new ConversationState(storage);
        using (var turn1 = NewTurn())
        {
            await state.CreateProperty<string>("name").SetAsync(turn1, "Ada");
            await state.SaveChangesAsync(turn1);
        }

        using var turn2 = NewTurn();
        Assert.Equal("Ada", await state.CreateProperty<string>("name").GetAsync(turn2));
        await state.SaveChangesAsync(turn2);

        Assert.Equal(1, storage.Writes);
    }

    [Fact]
    public async Task SaveChangesAsync_ConcurrentTurnSavedFirst_ThrowsETagConflict()
    {
        var state = new ConversationState(_storage);
        var name = state.CreateProperty<string>("name");
        using (var seed = NewTurn())
        {
            await name.SetAsync(seed, "first");
            await state.SaveChangesAsync(seed);
        }

        using var turnA = NewTurn();
        using var turnB = NewTurn();
        await state.LoadAsync(turnA);
        await state.LoadAsync(turnB);
        await name.SetAsync(turnA, "from A");
        await name.SetAsync(turnB, "from B");
        await state.SaveChangesAsync(turnA);

        await Assert.ThrowsAsync<ETagConflictException>(() => state.SaveChangesAsync(turnB));
        using var check = NewTurn();
        Assert.Equal("from A", await name.GetAsync(check));
    }

    [Fact]
    public async Task SaveChangesAsync_TwiceInOneTurn_SecondWriteUsesNewETag()
    {
        var state = new ConversationState(_storage);
        var name = state.CreateProperty<string>("name");
        using var turn = NewTurn();

        await name.SetAsync(turn, "one");
        await state.SaveChangesAsync(turn);
        await name.SetAsync(turn, "two");
        await state.SaveChangesAsync(turn);

        using var check = NewTurn();
        Assert.Equal("two", await name.GetAsync(check));
    }

    [Fact]
    public async Task SaveChangesAsync_StorageWithoutETagWriteBack_SecondWriteStillSucceeds()
    {
        var state = new ConversationState(new RecordingStorage(_storage, hideWriteBack: true));
        var name = state.CreateProperty<string>("name");
        using var turn = NewTurn();

        await name.SetAsync(turn, "one");
        await state.SaveChangesAsync(turn);
        await name.SetAsync(turn, "two");
        await state.SaveChangesAsync(turn);

        using var check = NewTurn();
        Assert.Equal("two", await new ConversationState(_storage).CreateProperty<string>("name").GetAsync(check));
    }

    [Fact]
    public async Task ClearStateAsync_ThenSave_StoresEmptyBag()
    {
        var state = new ConversationState(_storage);
        var name = state.CreateProperty<string>("name");
        using (var turn1 = NewTurn())
        {
            await name.SetAsync(turn1, "Ada");
            await state.SaveChangesAsync(turn1);
        }

        using (var turn2 = NewTurn())
        {
            await state.LoadAsync(turn2);
            await state.ClearStateAsync(turn2);
            await state.SaveChangesAsync(turn2);
        }

        using var turn3 = NewTurn();
        Assert.Null(await name.GetAsync(turn3));
    }

    [Fact]
    public async Task DeleteAsync_State_RemovesStorageKey()
    {
        var state = new UserState(_storage);
        using var turn = NewTurn();
        await state.CreateProperty<string>("name").SetAsync(turn, "Ada");
        await state.SaveChangesAsync(turn);

        await state.DeleteAsync(turn);

        Assert.Empty(await _storage.ReadAsync(["slack/users/user1"]));
        Assert.Null(state.GetCachedState(turn));
    }

    [Fact]
    public async Task AccessorDeleteAsync_Property_RemovedAfterSave()
    {
        var state = new ConversationState(_storage);
        var name = state.CreateProperty<string>("name");
        using (var turn1 = NewTurn())
        {
            await name.SetAsync(turn1, "Ada");
            await name.DeleteAsync(turn1);
            await state.SaveChangesAsync(turn1);
        }

        using var turn2 = NewTurn();
        Assert.Null(await name.GetAsync(turn2));
    }

    [Fact]
    public void CreateProperty_ETagName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ConversationState(_storage).CreateProperty<string>("eTag"));
    }

    [Fact]
    public async Task GetStorageKey_MissingConversationId_ThrowsClearError()
    {
        var state = new ConversationState(_storage);
        using var turn = new TurnContext(_adapter, new Activity { Type = ActivityTypes.Message, ChannelId = "test" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => state.LoadAsync(turn));

        Assert.Contains("conversation.id", error.Message);
    }

    [Fact]
    public async Task AutoSaveStateMiddleware_Turn_SavesAfterBot()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty<int>("count");
        var adapter = new TestAdapter(Channels.Slack).Use(new AutoSaveStateMiddleware(state));
        BotCallbackHandler bot = async (ctx, ct) =>
        {
            var n = await count.GetAsync(ctx, () => 0, ct);
            await count.SetAsync(ctx, n + 1, ct);
            await ctx.SendActivityAsync($"turn {n + 1}", cancellationToken: ct);
        };

        await new TestFlow(adapter, bot)
            .Test("a", "turn 1")
            .Test("b", "turn 2")
            .Test("c", "turn 3")
            .StartTestAsync();
    }
}
