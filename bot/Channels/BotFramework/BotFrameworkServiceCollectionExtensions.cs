using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace AllyBot.Bot.Channels.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bot Framework channel: <see cref="BotFrameworkOptions"/> (from the configuration root, SDK
    /// key names), the connector client with retries, the adapter, and the two auth seams. The seams are
    /// registered with TryAdd, so an implementation registered earlier wins; later, use
    /// <c>services.Replace(…)</c>. Defaults: with no MicrosoftAppId, anonymous in both directions; with one,
    /// inbound requests are refused (401) until a real <see cref="IChannelRequestAuthenticator"/> is registered.
    /// </summary>
    public static IHostApplicationBuilder AddBotFrameworkChannel(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotFrameworkOptions>().Bind(builder.Configuration);

        services.TryAddSingleton<IChannelRequestAuthenticator>(sp =>
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAuthenticationEnabled
                ? new RejectAllChannelRequestAuthenticator()
                : new AllowAnonymousChannelRequestAuthenticator());
        services.TryAddSingleton<IConnectorCredentials, AnonymousConnectorCredentials>();

        services.AddHttpClient(ConnectorClient.HttpClientName)
            .AddResilienceHandler("connector", pipeline =>
            {
                // Total budget first, then retries, then a per-attempt timeout (the standard handler's order).
                pipeline.AddTimeout(TimeSpan.FromSeconds(60));
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    // Transient = 408, 429, 5xx and connection failures. Retry-After, when sent, sets the wait.
                    MaxRetryAttempts = 3,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromSeconds(1),
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(15));
            });
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton<BotFrameworkHttpAdapter>();
        return builder;
    }
}
