using AllyBot.Bot.Channels.Slack.Endpoints;
using AllyBot.Bot.Channels.Slack.Signing;
using AllyBot.Bot.Channels.Slack.Turns;
using AllyBot.Bot.Channels.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Bot.Channels.Slack;

/// <summary>How Program.cs plugs the Slack edge in: <c>builder.AddSlack()</c> and <c>app.MapSlack()</c>.</summary>
public static class SlackChannelExtensions
{
    /// <summary>
    /// Registers the Slack edge: options from the <c>Slack</c> section, the signature verifier, the event
    /// de-duplicator (replace <see cref="ISlackEventDeduplicator"/> for a shared store), the turn queue and its
    /// worker, the adapter and the Web API client. Needs the host's turn services (<c>ChannelTurnServices</c>).
    /// </summary>
    public static IHostApplicationBuilder AddSlack(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SlackOptions>().Bind(builder.Configuration.GetSection(SlackOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackSignatureVerifier>();
        services.TryAddSingleton<ISlackEventDeduplicator, SlackEventDeduplicator>();
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
        return builder;
    }

    /// <summary>Maps <c>POST /api/slack/events</c>, <c>/api/slack/interactions</c> and <c>/api/slack/commands</c>.</summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SlackEndpoints.EventsPath, SlackEventsEndpoint.HandleAsync).DisableAntiforgery();
        endpoints.MapPost(SlackEndpoints.InteractionsPath, SlackInteractionsEndpoint.HandleAsync).DisableAntiforgery();
        endpoints.MapPost(SlackEndpoints.CommandsPath, SlackCommandsEndpoint.HandleAsync).DisableAntiforgery();
        return endpoints;
    }
}
