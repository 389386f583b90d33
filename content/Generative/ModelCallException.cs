namespace AllyBot.Content.Generative;

/// What went wrong in a model call, in terms that do not depend on the vendor.
public enum ModelFault
{
    RateLimited,
    ContentFilter,
    ServiceError,
}

/// Thrown by the host's chat client pipeline (bot/Generative translates the vendor's exceptions into this) so
/// the generative code can retry a 429 after RetryAfter and tell a content-filter refusal from an outage.
public sealed class ModelCallException(ModelFault fault, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public ModelFault Fault { get; } = fault;

    /// How long the service asked to wait before trying again (retry-after-ms / Retry-After), if it said.
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
