using System.Text.Json;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Builder.Tests.State;

/// <summary>
/// A real store (usually MemoryStorage) that also records each write batch's keys, to show how a turn's
/// state reaches storage. With <c>hideWriteBack</c> it passes JSON copies, like a store that never sets the
/// new ETag on the caller's objects.
/// </summary>
internal sealed class RecordingStorage(IStorage inner, bool hideWriteBack = false) : IStorage
{
    public List<string[]> Batches { get; } = [];

    public int Writes => Batches.Count;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        lock (Batches)
            Batches.Add([.. changes.Keys.Order(StringComparer.Ordinal)]);
        var passed = hideWriteBack
            ? changes.ToDictionary(c => c.Key, c => (object)JsonSerializer.SerializeToElement(c.Value, c.Value.GetType(), BuilderJson.Options))
            : changes;
        return inner.WriteAsync(passed, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}
