namespace AllyBot.Content.Generative;

/// The generative features a deployment turns on (Generative:Features, e.g. "pitch,answers").
[Flags]
public enum GenerativeFeatures
{
    None = 0,
    /// Polished pitches (GenerativePitchDrafter).
    Pitch = 1,
    /// Free-form intake: a paragraph about the campaign becomes plan fields (IntakeExtractor).
    Intake = 2,
    /// Coaching answers phrased by the model (CoachingAnswers; the library answer works without it).
    Answers = 4,
    All = Pitch | Intake | Answers,
}

/// The "Generative" configuration section: how generative calls behave once a model endpoint is configured
/// (AzureOpenAI:* or OpenAI:*; without one nothing generative runs). Defaults: 8 s per call, every feature,
/// 30 calls per person per hour.
public sealed class GenerativeOptions
{
    public const string SectionName = "Generative";
    public const int DefaultTimeoutSeconds = 8;

    /// The whole budget for one generative call, retries included, before the template answer is used.
    public double TimeoutSeconds { get; set; } = DefaultTimeoutSeconds;

    /// Comma-separated: pitch, intake, answers. Empty = all of them.
    public string? Features { get; set; }

    /// How many generative calls one person may make per UserCallWindow; over it, the template answer.
    public int UserCallLimit { get; set; } = 30;

    public TimeSpan UserCallWindow { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public GenerativeFeatures EnabledFeatures => ParseFeatures(Features, out var features) ? features : GenerativeFeatures.None;

    public bool IsEnabled(GenerativeFeatures feature) => (EnabledFeatures & feature) == feature;

    /// Problems with the values, worded for the person who set them; empty when they are usable.
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!(TimeoutSeconds > 0 && TimeoutSeconds <= 300))
        {
            problems.Add($"{SectionName}:TimeoutSeconds must be a number of seconds between 0 and 300 (it is {TimeoutSeconds}).");
        }
        if (!ParseFeatures(Features, out _))
        {
            problems.Add($"{SectionName}:Features '{Features}' should list some of: pitch, intake, answers (comma-separated), or be empty for all.");
        }
        if (UserCallLimit < 0)
        {
            problems.Add($"{SectionName}:UserCallLimit must be 0 or more (0 turns the per-person limit off).");
        }
        if (UserCallWindow <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:UserCallWindow must be a positive time span, for example 01:00:00.");
        }
        return problems;
    }

    private static bool ParseFeatures(string? text, out GenerativeFeatures features)
    {
        features = GenerativeFeatures.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            features = GenerativeFeatures.All;
            return true;
        }
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<GenerativeFeatures>(part, ignoreCase: true, out var one) || one is GenerativeFeatures.None)
            {
                return false;
            }
            features |= one;
        }
        return true;
    }
}
