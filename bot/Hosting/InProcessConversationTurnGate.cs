namespace AllyBot.Bot.Hosting;

/// <summary>
/// A first-in-first-out lock per conversation, inside one process. An entry exists only while a turn of
/// its conversation runs or waits, so memory stays bounded by the number of busy conversations.
/// </summary>
public sealed class InProcessConversationTurnGate : IConversationTurnGate
{
    private readonly object _sync = new();
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>How many conversations currently hold or wait for the gate (for tests and diagnostics).</summary>
    public int ActiveConversationCount
    {
        get { lock (_sync) return _gates.Count; }
    }

    public ValueTask<IAsyncDisposable> EnterAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        cancellationToken.ThrowIfCancellationRequested();

        TaskCompletionSource waiter;
        LinkedListNode<TaskCompletionSource> node;
        Gate gate;
        lock (_sync)
        {
            if (!_gates.TryGetValue(conversationKey, out gate!))
            {
                gate = new Gate();
                _gates.Add(conversationKey, gate);
                return ValueTask.FromResult<IAsyncDisposable>(new Lease(this, conversationKey, gate));
            }
            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            node = gate.Waiters.AddLast(waiter);
        }
        return WaitAsync(conversationKey, gate, node, cancellationToken);
    }

    private async ValueTask<IAsyncDisposable> WaitAsync(string key, Gate gate, LinkedListNode<TaskCompletionSource> node, CancellationToken cancellationToken)
    {
        await using (cancellationToken.Register(() => Abandon(gate, node, cancellationToken)))
            await node.Value.Task.ConfigureAwait(false);
        return new Lease(this, key, gate);
    }

    // A cancelled waiter leaves the queue, unless the gate was already handed to it (then it owns the gate
    // and its caller sees a completed task; the cancellation is observed by the turn itself).
    private void Abandon(Gate gate, LinkedListNode<TaskCompletionSource> node, CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            if (node.List is null)
                return;
            gate.Waiters.Remove(node);
        }
        node.Value.TrySetCanceled(cancellationToken);
    }

    private void Release(string key, Gate gate)
    {
        TaskCompletionSource? next = null;
        lock (_sync)
        {
            if (gate.Waiters.First is { } first)
            {
                gate.Waiters.RemoveFirst();
                next = first.Value;
            }
            else
            {
                _gates.Remove(key);
            }
        }
        next?.TrySetResult();
    }

    private sealed class Gate
    {
        public LinkedList<TaskCompletionSource> Waiters { get; } = new();
    }

    private sealed class Lease(InProcessConversationTurnGate owner, string key, Gate gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                owner.Release(key, gate);
            return ValueTask.CompletedTask;
        }
    }
}
