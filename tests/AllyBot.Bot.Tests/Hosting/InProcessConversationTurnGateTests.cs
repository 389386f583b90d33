using AllyBot.Bot.Hosting;

namespace AllyBot.Bot.Tests.Hosting;

public sealed class InProcessConversationTurnGateTests
{
    private readonly InProcessConversationTurnGate _gate = new();

    [Fact]
    public async Task EnterAsync_SameConversationWhileHeld_WaitsUntilReleased()
    {
        var first = await _gate.EnterAsync("c");

        var second = _gate.EnterAsync("c").AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await (await second.WaitAsync(TimeSpan.FromSeconds(5))).DisposeAsync();
    }

    [Fact]
    public async Task EnterAsync_OtherConversationWhileHeld_EntersAtOnce()
    {
        await using var first = await _gate.EnterAsync("a");

        var other = _gate.EnterAsync("b");

        Assert.True(other.IsCompleted);
        await (await other).DisposeAsync();
    }

    [Fact]
    public async Task EnterAsync_ManyWaiters_AdmittedInArrivalOrder()
    {
        var order = new List<int>();
        var holder = await _gate.EnterAsync("c");
        var waiters = Enumerable.Range(1, 5).Select(i => Admit(i)).ToList();

        await holder.DisposeAsync();
        await Task.WhenAll(waiters).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal([1, 2, 3, 4, 5], order);

        async Task Admit(int i)
        {
            var lease = _gate.EnterAsync("c");
            await using var held = await lease;
            lock (order)
                order.Add(i);
            await Task.Yield();
        }
    }

    [Fact]
    public async Task EnterAsync_AllReleased_ForgetsTheConversation()
    {
        var leases = new List<IAsyncDisposable>();
        for (var i = 0; i < 100; i++)
            leases.Add(await _gate.EnterAsync($"conversation-{i}"));
        Assert.Equal(100, _gate.ActiveConversationCount);

        foreach (var lease in leases)
            await lease.DisposeAsync();

        Assert.Equal(0, _gate.ActiveConversationCount);
    }

    [Fact]
    public async Task EnterAsync_WaiterCancelled_ThrowsAndDoesNotBlockTheNext()
    {
        var holder = await _gate.EnterAsync("c");
        using var cancel = new CancellationTokenSource();
        var cancelled = _gate.EnterAsync("c", cancel.Token).AsTask();
        var next = _gate.EnterAsync("c").AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await holder.DisposeAsync();

        await (await next.WaitAsync(TimeSpan.FromSeconds(5))).DisposeAsync();
        Assert.Equal(0, _gate.ActiveConversationCount);
    }

    [Fact]
    public async Task Lease_DisposedTwice_ReleasesOnce()
    {
        var first = await _gate.EnterAsync("c");
        var second = _gate.EnterAsync("c").AsTask();
        var third = _gate.EnterAsync("c").AsTask();

        await first.DisposeAsync();
        await first.DisposeAsync();
        await Task.Delay(50);

        Assert.True(second.IsCompleted);
        Assert.False(third.IsCompleted);
        await (await second).DisposeAsync();
        await (await third.WaitAsync(TimeSpan.FromSeconds(5))).DisposeAsync();
    }
}
