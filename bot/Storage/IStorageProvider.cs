using AllyBot.Builder.State;

namespace AllyBot.Bot.Storage;

/// <summary>
/// Builds the <see cref="IStorage"/> for one value of <c>Storage:Provider</c>. The seam for more
/// backends: a PostgreSQL provider registers another <see cref="IStorageProvider"/> named <c>postgres</c>;
/// nothing above <see cref="IStorage"/> (state, dialogs) changes.
/// </summary>
public interface IStorageProvider
{
    /// <summary>The provider name matched (case-insensitively) against <c>Storage:Provider</c>.</summary>
    string Name { get; }

    IStorage Create(StorageOptions options);
}
