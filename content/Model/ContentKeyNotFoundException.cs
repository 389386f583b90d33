namespace AllyBot.Content.Model;

/// Thrown when code asks the library for an id it does not hold. The message lists the ids that exist.
public sealed class ContentKeyNotFoundException(string message) : KeyNotFoundException(message)
{
    internal static ContentKeyNotFoundException For(string kind, string id, string where, IEnumerable<string> known) =>
        new($"The content library has no {kind} '{id}' in {where}. Known: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
}
