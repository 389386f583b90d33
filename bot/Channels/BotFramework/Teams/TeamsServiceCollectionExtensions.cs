using Microsoft.Extensions.DependencyInjection.Extensions;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Channels.BotFramework.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Teams behaviour as turn middleware. The host runs every <see cref="IMiddleware"/> in DI
    /// on every channel, in registration order; each of these acts only on the activities it names (Teams
    /// ones, card submits and card actions) and passes the rest through. Order: welcome (install events),
    /// card actions (invoke → message), mentions (group filter, strip), card submits (value → text), choice buttons
    /// (more than three suggested actions → one Adaptive Card), plain text (line breaks kept), typing, streaming (how replies stream in one-to-one and group chats).
    /// </summary>
    public static IHostApplicationBuilder AddTeams(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TeamsOptions>().Bind(builder.Configuration.GetSection(TeamsOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, TeamsWelcomeMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, CardActionInvokeMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, TeamsMentionMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, CardSubmitMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, TeamsChoiceButtonsMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, TeamsPlainTextMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, TeamsTypingMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, Streaming.TeamsStreamingMiddleware>());
        return builder;
    }
}
