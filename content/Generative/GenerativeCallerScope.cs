namespace AllyBot.Content.Generative;

/// Who a generative call is made for, so the per-person limit counts the right person. The host opens a scope
/// for each turn (bot/Generative/GenerativeCallerMiddleware: channel id + user id); calls outside any scope
/// share one "unknown" allowance. The key is never sent to the model.
public static class GenerativeCallerScope
{
    public const string UnknownCaller = "(unknown)";

    private static readonly AsyncLocal<string?> CurrentKey = new();

    public static string Current => CurrentKey.Value ?? UnknownCaller;

    public static IDisposable Begin(string callerKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callerKey);
        var previous = CurrentKey.Value;
        CurrentKey.Value = callerKey;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => CurrentKey.Value = previous;
    }
}
