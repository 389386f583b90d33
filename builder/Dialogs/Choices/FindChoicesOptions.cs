namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>What <see cref="ChoiceRecognizers"/> may match on (SDK: <c>FindChoicesOptions</c>, plus partial-match control).</summary>
public sealed class FindChoicesOptions
{
    /// <summary>Don't match a choice's <see cref="Choice.Value"/> (only its synonyms and action title).</summary>
    public bool NoValue { get; set; }

    /// <summary>Don't match the title of a choice's <see cref="Choice.Action"/>.</summary>
    public bool NoAction { get; set; }

    /// <summary>"2", "number 2", "#2" pick the second choice (default true).</summary>
    public bool RecognizeNumbers { get; set; } = true;

    /// <summary>"second", "the 2nd one", "last" pick by position (default true).</summary>
    public bool RecognizeOrdinals { get; set; } = true;

    /// <summary>Words of a choice inside a longer answer ("the union, I think") pick it (default true).</summary>
    public bool AllowPartialMatches { get; set; } = true;

    /// <summary>Smallest share of a choice's words that must appear for a partial match (default 0.5).</summary>
    public float MinPartialScore { get; set; } = 0.5f;

    /// <summary>
    /// Smallest share of the answer's meaningful words that must belong to the choice for a partial match
    /// (default 0.3), so a sentence that merely mentions a choice's word gets a re-prompt instead of a wrong pick.
    /// </summary>
    public float MinAnswerCoverage { get; set; } = 0.3f;
}
