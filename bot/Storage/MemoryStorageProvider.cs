using AllyBot.Builder.State;

namespace AllyBot.Bot.Storage;

/// <summary><c>Storage:Provider = memory</c>: state lives only as long as the process. For tests and demos.</summary>
public sealed class MemoryStorageProvider : IStorageProvider
{
    public string Name => StorageProviderNames.Memory;

    public IStorage Create(StorageOptions options) => new MemoryStorage();
}
