using AllyBot.Builder.State;

namespace AllyBot.Dialogs.Tests.State;

/// <summary>A real MemoryStorage that records the keys of every write batch and every delete, in order.</summary>
internal sealed class BatchRecordingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public List<string[]> Writes { get; } = [];

    public List<string[]> Deletes { get; } = [];

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        Writes.Add([.. changes.Keys.Order(StringComparer.Ordinal)]);
        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Deletes.Add(keys);
        return _inner.DeleteAsync(keys, cancellationToken);
    }
}
