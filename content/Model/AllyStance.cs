namespace AllyBot.Content.Model;

/// Where an ally sits on the spectrum of allies. The ids ("active-ally"...) are the library's spelling.
public enum AllyStance
{
    ActiveAlly,
    PassiveAlly,
    Neutral,
    PassiveOpposition,
    ActiveOpposition,
}

/// The pitch angles the templates are written for. Ids: "common-values" (default), "storytelling", "non-confrontational".
public enum PitchAngle
{
    CommonValues,
    Storytelling,
    NonConfrontational,
}

/// Converts stances and angles to and from their library ids ("passive-opposition", "non-confrontational").
public static class ContentIds
{
    public static string ToId(this AllyStance stance) => Kebab(stance.ToString());
    public static string ToId(this PitchAngle angle) => Kebab(angle.ToString());

    public static bool TryParseStance(string? id, out AllyStance stance) => TryParse(id, out stance);
    public static bool TryParseAngle(string? id, out PitchAngle angle) => TryParse(id, out angle);

    public static AllyStance ParseStance(string id) =>
        TryParseStance(id, out var s) ? s : throw new ArgumentException($"Unknown stance '{id}'.", nameof(id));

    public static PitchAngle ParseAngle(string id) =>
        TryParseAngle(id, out var a) ? a : throw new ArgumentException($"Unknown angle '{id}'.", nameof(id));

    /// The angle to suggest first: people who are neutral or opposed hear a non-confrontational pitch best.
    public static PitchAngle SuggestedAngle(this AllyStance stance) => stance switch
    {
        AllyStance.Neutral or AllyStance.PassiveOpposition or AllyStance.ActiveOpposition => PitchAngle.NonConfrontational,
        _ => PitchAngle.CommonValues,
    };

    private static bool TryParse<T>(string? id, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Kebab(candidate.ToString()), id?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
