using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// The per-client limit on creating tokens and conversations (<c>tokens/generate</c>, <c>POST conversations</c>,
/// <c>GET /api/directline/token</c>): a token bucket per client address (an IPv6 client's /64, which one machine
/// usually has to itself) of <see cref="DirectLineOptions.CreationBurstPerClient"/>, refilled at
/// <see cref="DirectLineOptions.CreationsPerMinutePerClient"/>. Callers holding the Direct Line secret (a chapter's
/// own server minting tokens for its visitors) are not limited. Beyond the limit: 429 with Retry-After and problem details.
/// </summary>
/// <remarks>Behind a reverse proxy the client address is the proxy's unless forwarded headers are enabled (see docs/web-widget.md).</remarks>
internal static class DirectLineCreationRateLimit
{
    public const string PolicyName = "directline-creation";

    public static void AddTo(IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DirectLineOptions>, DirectLineSecret>((limiter, options, secret) =>
        {
            limiter.AddPolicy(PolicyName, context => Partition(context, options.Value, secret));
            limiter.OnRejected = RejectAsync;
        });
    }

    /// <summary>Puts the endpoint under the creation limit.</summary>
    public static TBuilder RequireCreationRateLimit<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.RequireRateLimiting(PolicyName);

    private static RateLimitPartition<string> Partition(HttpContext context, DirectLineOptions options, DirectLineSecret secret)
    {
        const string scheme = "Bearer ";
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && secret.Matches(header[scheme.Length..].Trim()))
        {
            return RateLimitPartition.GetNoLimiter("secret");
        }

        return RateLimitPartition.GetTokenBucketLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.CreationBurstPerClient,
            TokensPerPeriod = options.CreationsPerMinutePerClient,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>The address an allowance belongs to: IPv4 as is, IPv6 by its /64 network.</summary>
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many new conversations",
            detail: $"This address has started too many conversations in a short time; try again in {seconds} s.")
            .ExecuteAsync(rejected.HttpContext);
    }
}
