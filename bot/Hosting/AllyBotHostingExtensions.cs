using AllyBot.Bot.Hosting.Http;
using AllyBot.Bot.Storage;
using AllyBot.Dialogs.Hosting;
using AllyBot.Builder.State;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Bot.Hosting;

/// <summary>The composition shared by every channel: options, storage, state, the turn machinery and the bot.</summary>
public static class AllyBotHostingExtensions
{
    /// <summary>
    /// Registers everything a turn needs, whatever the channel: <see cref="BotHostOptions"/>, the configured
    /// storage with <see cref="ConversationState"/> and <see cref="UserState"/> over it, the turn gate, the
    /// de-duplicator, the error handler, shared middleware, the bot, plus problem details and health checks for
    /// the HTTP edges. Also sets the default listen address (see <see cref="BotHostOptions.DefaultUrl"/>).
    /// </summary>
    public static IHostApplicationBuilder AddAllyBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotHostOptions>().Bind(builder.Configuration.GetSection(BotHostOptions.SectionName));
        services.AddOptions<TurnCommitOptions>().Bind(builder.Configuration.GetSection(BotHostOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddHealthChecks();

        services.AddAllyBotStorage(builder.Configuration);
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();

        services.TryAddSingleton<IConversationTurnGate, InProcessConversationTurnGate>();
        services.TryAddSingleton<IActivityDeduplicator, StoredActivityDeduplicator>();
        services.TryAddSingleton<TurnErrorHandler>();
        services.TryAddSingleton<ChannelTurnServices>();
        services.TryAddSingleton<HttpActivityReader>();

        // The coaching journey is the bot: welcome, dialogs per message, plan event, delete my data.
        services.AddAllyBotContent(builder.Configuration);
        services.AddAllyBotDialogs();

        UseDefaultUrlWhenNoneConfigured(builder);
        return builder;
    }

    /// <summary>Problem-details answers for anything the endpoints did not handle: unexpected exceptions (500, no internals) and bare status codes (404, 405).</summary>
    public static WebApplication UseAllyBotProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    // --urls, ASPNETCORE_URLS / URLS, ASPNETCORE_HTTP_PORTS and Kestrel endpoint settings all win: the default
    // goes in as the lowest-precedence configuration source, and only when no address setting exists yet.
    // (A plain "urls" in appsettings.json would beat ASPNETCORE_URLS, which is read before it.)
    private static void UseDefaultUrlWhenNoneConfigured(IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (configured)
            return;
        var url = configuration[$"{BotHostOptions.SectionName}:{nameof(BotHostOptions.DefaultUrl)}"] is { Length: > 0 } set ? set : BotHostOptions.DefaultListenUrl;
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = [new(WebHostDefaults.ServerUrlsKey, url)] });
    }
}
