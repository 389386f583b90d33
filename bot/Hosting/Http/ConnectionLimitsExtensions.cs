using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Hosting.Http;

/// <summary>
/// Applies <see cref="BotHostLimits"/> (<c>BotHost:Limits</c>) to Kestrel; <see cref="BotHostLimits.RequestBodyTimeout"/>
/// is applied by <see cref="RequestBodyReader"/>.
/// </summary>
public static class ConnectionLimitsExtensions
{
    /// <summary>Kestrel's connection, header, keep-alive and body-rate limits from <c>BotHost:Limits</c>; invalid values stop the host at start.</summary>
    public static IHostApplicationBuilder AddAllyBotConnectionLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotHostOptions>()
            .Validate(o => IsValid(o.Limits), "BotHost:Limits: every limit must be positive, and MinRequestBodyGracePeriod more than 1 s.")
            .ValidateOnStart();
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<BotHostOptions>>((kestrel, host) => Apply(host.Value.Limits, kestrel.Limits));
        return builder;
    }

    private static void Apply(BotHostLimits limits, KestrelServerLimits kestrel)
    {
        if (!IsValid(limits))
            return;   // ValidateOnStart reports it
        kestrel.MaxConcurrentConnections = limits.MaxConcurrentConnections;
        kestrel.MaxConcurrentUpgradedConnections = limits.MaxConcurrentUpgradedConnections;
        kestrel.RequestHeadersTimeout = limits.RequestHeadersTimeout;
        kestrel.KeepAliveTimeout = limits.KeepAliveTimeout;
        kestrel.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersTotalSize;
        kestrel.MaxRequestHeaderCount = limits.MaxRequestHeaderCount;
        kestrel.MinRequestBodyDataRate = limits.MinRequestBodyBytesPerSecond > 0
            ? new MinDataRate(limits.MinRequestBodyBytesPerSecond, limits.MinRequestBodyGracePeriod)
            : null;
    }

    private static bool IsValid(BotHostLimits limits) =>
        limits.MaxConcurrentConnections > 0 && limits.MaxConcurrentUpgradedConnections > 0
        && limits.RequestHeadersTimeout > TimeSpan.Zero && limits.KeepAliveTimeout > TimeSpan.Zero && limits.RequestBodyTimeout > TimeSpan.Zero
        && limits.MaxRequestHeadersTotalSize > 0 && limits.MaxRequestHeaderCount > 0
        && limits.MinRequestBodyBytesPerSecond >= 0
        && (limits.MinRequestBodyBytesPerSecond == 0 || limits.MinRequestBodyGracePeriod > TimeSpan.FromSeconds(1));
}
