using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

public static class DirectLineApplicationBuilderExtensions
{
    /// <summary>The middleware Direct Line needs: CORS (for pages on allowed origins), the creation rate limit, and WebSockets (for stream URLs).</summary>
    public static IApplicationBuilder UseDirectLine(this IApplicationBuilder app)
    {
        var secret = app.ApplicationServices.GetRequiredService<DirectLineSecret>();
        if (!secret.IsConfigured)
        {
            app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineOptions))
                .LogInformation("DirectLine:Secret is not set: this run uses a random Direct Line secret (fine for local use)");
        }

        var keepAlive = app.ApplicationServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.KeepAliveInterval;
        app.UseCors();
        app.UseRateLimiter();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = keepAlive });
        return app;
    }

    /// <summary>
    /// Maps Direct Line 3.0 under <c>/v3/directline</c> (tokens/generate, tokens/refresh, conversations, activities,
    /// stream) and the widget token endpoint <c>GET /api/directline/token</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(DirectLineRoutes.Prefix).RequireCors(DirectLineOriginPolicy.CorsPolicyName);
        DirectLineTokenEndpoints.Map(group);
        DirectLineConversationEndpoints.Map(group);
        DirectLineActivityEndpoints.Map(group);
        DirectLineStreamEndpoint.Map(group);
        DirectLineWidgetTokenEndpoint.Map(endpoints);
        return endpoints;
    }
}
