using AllyBot.Builder.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IStorage"/> chosen by <c>Storage:Provider</c> (see <see cref="StorageOptions"/>).
    /// Every provider is an <see cref="IStorageProvider"/>; to add one (PostgreSQL), register it here or from
    /// its own extension method. An unknown provider name fails at startup with the names that are known.
    /// </summary>
    public static IServiceCollection AddAllyBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStorageProvider, SqliteStorageProvider>();
        services.AddSingleton<IStorageProvider, MemoryStorageProvider>();
        services.TryAddSingleton<IStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var providers = sp.GetServices<IStorageProvider>().ToList();
            var provider = providers.LastOrDefault(p => string.Equals(p.Name, options.Provider, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException(
                    $"Unknown {StorageOptions.SectionName}:Provider '{options.Provider}'. Known: {string.Join(", ", providers.Select(p => p.Name).Distinct())}.");
            return provider.Create(options);
        });
        return services;
    }
}
