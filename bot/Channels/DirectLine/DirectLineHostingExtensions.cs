using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Bot.Channels.DirectLine;

public static class DirectLineHostingExtensions
{
    /// <summary>
    /// The Direct Line 3.0 edge for the web chat widget: options (section <c>DirectLine</c>), tokens, the in-memory
    /// conversation store, the per-client creation rate limit, the CORS policy of the allowed origins, and the
    /// adapter that runs the bot's turns.
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
            .Validate(DirectLineVisitorCookie.IsValid, DirectLineVisitorCookie.ValidationMessage)
            .Validate(
                o => o.MaxFeedBytesPerConversation > 0 && o.MaxTotalFeedBytes > 0 && o.MaxTextLength > 0 && o.MaxChannelDataBytes > 0
                    && o.CreationBurstPerClient > 0 && o.CreationsPerMinutePerClient > 0 && o.MaxSocketsPerConversation > 0,
                "DirectLine memory, rate and socket limits must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DirectLineSecret>();
        services.TryAddSingleton<DirectLineTokenService>();
        services.TryAddSingleton<DirectLineOriginPolicy>();
        services.TryAddSingleton<DirectLineVisitorCookie>();
        services.TryAddSingleton<DirectLineActivityFactory>();
        services.TryAddSingleton<IDirectLineConversationStore, InMemoryDirectLineConversationStore>();
        services.TryAddSingleton<DirectLineStreamCounter>();
        DirectLineCreationRateLimit.AddTo(services);
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
        services.AddOptions<CorsOptions>().Configure<DirectLineOriginPolicy>((cors, origins) =>
            cors.AddPolicy(DirectLineOriginPolicy.WidgetCorsPolicyName, policy => policy
                .SetIsOriginAllowed(origins.IsAllowed)
                .WithHeaders("accept")
                .WithMethods("GET")
                // The visitor cookie travels only with credentials: a page on another origin of the same site
                // (www.chapter.org embedding chat.chapter.org) fetches the widget token with credentials: 'include'.
                .AllowCredentials()));
        return builder;
    }
}
