using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Bot.Channels.DirectLine;

public static class DirectLineHostingExtensions
{
    /// <summary>
    /// The Direct Line 3.0 edge for the web chat widget: options (section <c>DirectLine</c>), tokens, the in-memory
    /// conversation store, the CORS policy of the allowed origins, and the adapter that runs the bot's turns.
    /// Pair with <see cref="DirectLineApplicationBuilderExtensions.UseDirectLine"/> and
    /// <see cref="DirectLineApplicationBuilderExtensions.MapDirectLine"/>.
    /// </summary>
    public static IHostApplicationBuilder AddDirectLineChannel(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>()
            .Bind(builder.Configuration.GetSection(DirectLineOptions.SectionName))
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.StreamUrlLifetime > TimeSpan.Zero, "DirectLine token lifetimes must be positive.")
            .Validate(o => o.KeepAliveInterval > TimeSpan.Zero, "DirectLine:KeepAliveInterval must be positive.")
            .Validate(o => o.MaxActivityBytes > 0 && o.MaxActivitiesPerConversation > 0 && o.MaxConversations > 0, "DirectLine limits must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.BotId), "DirectLine:BotId must not be empty.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DirectLineSecret>();
        services.TryAddSingleton<DirectLineTokenService>();
        services.TryAddSingleton<DirectLineOriginPolicy>();
        services.TryAddSingleton<DirectLineActivityFactory>();
        services.TryAddSingleton<IDirectLineConversationStore, InMemoryDirectLineConversationStore>();
        services.TryAddSingleton<DirectLineAdapter>();
        services.TryAddSingleton<IDirectLineTurnHandler>(sp => sp.GetRequiredService<DirectLineAdapter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<AllyBot.Builder.IMiddleware, DirectLineStreamingMiddleware>());

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<DirectLineOriginPolicy>((cors, origins) =>
            cors.AddPolicy(DirectLineOriginPolicy.CorsPolicyName, policy => policy
                .SetIsOriginAllowed(origins.IsAllowed)
                // What DirectLineJS and Web Chat send (rxjs adds x-requested-with); no cookies are involved.
                .WithHeaders("authorization", "content-type", "x-ms-bot-agent", "x-requested-with", "accept")
                .WithMethods("GET", "POST")
                .WithExposedHeaders("retry-after")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return builder;
    }
}
