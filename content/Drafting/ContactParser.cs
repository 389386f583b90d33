using System.Text.RegularExpressions;

namespace AllyBot.Content.Drafting;

/// <summary>
/// The contact at an ally as structured parts. <see cref="Name"/> is a person's name fit for a greeting
/// ("Tanya Brooks", "Dr. Alan Reyes"), <see cref="Title"/> their role ("executive director"), and
/// <see cref="Note"/> whatever else was typed ("Everyone in the recovery community knows her."): a private
/// note for the plan and the meeting brief, never for text addressed to the ally. Each part may be null.
/// </summary>
public sealed record ContactParts(string? Name, string? Title, string? Note)
{
    public static readonly ContactParts Empty = new(null, null, null);
}

/// <summary>
/// Reads a typed answer to "who is the best person to talk to" into <see cref="ContactParts"/>:
/// "Their executive director, Tanya Brooks. Everyone in the recovery community knows her." →
/// (Tanya Brooks, executive director, Everyone in the recovery community knows her.);
/// "Dr. Alan Reyes, VP of quality" → (Dr. Alan Reyes, VP of quality, null); "the commissioner herself" →
/// (null, commissioner, null). Deterministic; when unsure it leaves a part null so the journey asks for it.
/// </summary>
public static partial class ContactParser
{
    public static ContactParts Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ContactParts.Empty;
        var sentences = SentenceBreak().Split(text.Trim(), 2);
        var first = sentences[0].Trim().TrimEnd('.');
        var note = sentences.Length > 1 && sentences[1].Trim().Length > 0 ? sentences[1].Trim() : null;
        string? name = null, title = null;
        foreach (var part in PartBreak().Split(first).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (name is null && LooksLikeName(part))
                name = part;
            else if (title is null)
                title = Role(part);
        }
        return new ContactParts(name, title, note);
    }

    private static bool LooksLikeName(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || w.EndsWith('.')))
               && !RoleStart().IsMatch(part);
    }

    private static string Role(string part) => RoleStart().Replace(part, string.Empty).Trim();

    // A full stop ends the first sentence, except after a title ("Dr. Alan Reyes").
    [GeneratedRegex(@"(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Fr|Sr|St|Jr))(?<=[a-z\)])\.\s+(?=[A-Z])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s*(?:,|\s[-–—]\s|\(|\))\s*")]
    private static partial Regex PartBreak();

    [GeneratedRegex(@"^(?:their|the|our|its|his|her)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex RoleStart();
}
