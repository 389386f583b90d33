namespace AllyBot.Content.Generative;

/// Why a generative feature gave the library's own answer instead of the model's. Counted in the
/// allybot.generative.results metric (tag "result", as ToId() gives it).
public enum FallbackReason
{
    /// The call took longer than Generative:TimeoutSeconds (retries included).
    Timeout,
    /// The service answered 429 (too many requests) again after its one retry, or asked to wait past the budget.
    RateLimited,
    /// The service's content filter refused the prompt or the completion.
    ContentFilter,
    /// Any other failure: a 5xx, a network error, an unexpected answer.
    ServiceError,
    /// The answer was not the JSON the response schema asks for.
    UnreadableOutput,
    /// The answer broke a rule (word limits, the ask or offer gone, an invented fact, a word to avoid...).
    FailedChecks,
    /// The person made Generative:UserCallLimit calls within Generative:UserCallWindow.
    UserLimit,
}

public static class FallbackReasons
{
    public static string ToId(this FallbackReason reason) => reason switch
    {
        FallbackReason.Timeout => "timeout",
        FallbackReason.RateLimited => "rate-limited",
        FallbackReason.ContentFilter => "content-filter",
        FallbackReason.ServiceError => "service-error",
        FallbackReason.UnreadableOutput => "unreadable-output",
        FallbackReason.FailedChecks => "failed-checks",
        FallbackReason.UserLimit => "user-limit",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}

/// On a pitch (Pitch.Fallback): the template draft is shown because the polished one could not be. Notice is
/// the plain sentence to say with it, from the library ("Here's the standard draft.").
public sealed record PitchFallback(FallbackReason Reason, string Notice);
