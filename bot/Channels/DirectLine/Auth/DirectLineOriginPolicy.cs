using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// Which web pages may use the widget endpoints from a browser: the CORS policy and the widget token endpoint
/// both ask here, so they can never disagree.
/// </summary>
public sealed class DirectLineOriginPolicy
{
    public const string CorsPolicyName = "AllyBot.DirectLine";

    /// <summary>The widget token endpoint's policy: the same origins, with credentials (the visitor cookie).</summary>
    public const string WidgetCorsPolicyName = "AllyBot.DirectLine.Widget";

    private static readonly string[] DefaultOrigins =
        ["http://localhost:*", "https://localhost:*", "http://127.0.0.1:*", "https://127.0.0.1:*"];

    private readonly string[] patterns;

    public DirectLineOriginPolicy(IOptions<DirectLineOptions> options)
    {
        var configured = options.Value.AllowedOrigins?.Where(o => !string.IsNullOrWhiteSpace(o)).ToArray();
        patterns = (configured is { Length: > 0 } ? configured : DefaultOrigins)
            .Select(o => o.Trim().TrimEnd('/'))
            .ToArray();
    }

    public IReadOnlyList<string> Patterns => patterns;

    /// <summary>True when a page at <paramref name="origin"/> may call us (exact match, <c>*</c>, or <c>scheme://host:*</c>).</summary>
    public bool IsAllowed(string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var normalized = $"{uri.Scheme}://{uri.Authority}";
        var anyPort = $"{uri.Scheme}://{uri.Host}:*";
        return patterns.Any(p =>
            p == "*" ||
            string.Equals(p, normalized, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(p, anyPort, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A request with no Origin header (same-origin GET, or not a browser) or from our own origin is always allowed.</summary>
    public bool IsAllowed(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        var own = $"{request.Scheme}://{request.Host}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) || IsAllowed(origin);
    }
}
