namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>The choice a <see cref="ChoicePrompt"/> recognized (SDK: <c>FoundChoice</c>).</summary>
public sealed class FoundChoice
{
    /// <summary>The choice's <see cref="Choice.Value"/>.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Zero-based index of the choice in the list offered.</summary>
    public int Index { get; set; }

    /// <summary>1.0 for an exact or numbered pick; the share of the choice's words found for a partial match.</summary>
    public float Score { get; set; }

    /// <summary>The value, action title or synonym that matched (null for a pick by number or ordinal).</summary>
    public string? Synonym { get; set; }

    public override string ToString() => $"{Value} (#{Index + 1}, {Score:0.##})";
}
