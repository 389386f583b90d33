using AllyBot.Bot.Channels.Slack.Signing;
using AllyBot.Bot.Channels.Slack.Turns;
using AllyBot.Bot.Channels.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Bot.Channels.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Slack edge: options from the <c>Slack</c> section, the signature verifier, the event
    /// de-duplicator (replace <see cref="ISlackEventDeduplicator"/> for a shared store), the turn queue and its
    /// worker, the adapter and the Web API client. Needs the host's turn services (<c>ChannelTurnServices</c>).
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackSignatureVerifier>();
        services.TryAddSingleton<ISlackEventDeduplicator, InMemorySlackEventDeduplicator>();
        services.TryAddSingleton<SlackTurnQueue>();
        services.TryAddSingleton<SlackBotIdentity>();
        services.TryAddSingleton<SlackDirectMessageChannels>();
        services.TryAddSingleton<SlackAdapter>();
        services.AddHostedService<SlackTurnWorker>();

        // The client lives in singletons (adapter, identity), so connections are recycled by the handler
        // itself rather than by the factory's handler rotation.
        services.AddHttpClient<SlackWebApiClient>(client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return services;
    }
}
