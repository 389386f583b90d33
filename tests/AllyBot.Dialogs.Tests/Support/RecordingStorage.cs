using AllyBot.Builder.State;

namespace AllyBot.Dialogs.Tests.Support;

/// <summary>A real MemoryStorage that also remembers every key ever written, so a test can check none is left.</summary>
internal sealed class RecordingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public HashSet<string> WrittenKeys { get; } = new(StringComparer.Ordinal);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        WrittenKeys.UnionWith(changes.Keys);
        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);

    public async Task<IReadOnlyCollection<string>> RemainingKeysAsync() => (await ReadAsync([.. WrittenKeys])).Keys.ToList();
}
