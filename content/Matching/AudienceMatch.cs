namespace AllyBot.Content.Matching;

/// One candidate audience for a user's description of an ally. Confidence is 0..1.
public sealed record AudienceMatch(string AudienceId, string Name, double Confidence);

/// Tuning for AudienceMatcher. Below Threshold the dialogs should ask the user to pick the audience.
public sealed class AudienceMatcherOptions
{
    public const double DefaultThreshold = 0.5;

    /// Confidence below which the top match should be confirmed by the user (default 0.5).
    public double Threshold { get; set; } = DefaultThreshold;

    /// How many ranked matches Match returns at most (default 5).
    public int MaxResults { get; set; } = 5;
}
