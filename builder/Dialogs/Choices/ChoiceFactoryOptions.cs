namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>
/// Wording for inline and list rendering (SDK: <c>ChoiceFactoryOptions</c>). Defaults are English; set them
/// from the content library for other wording or languages.
/// </summary>
public sealed class ChoiceFactoryOptions
{
    /// <summary>Between choices: ", ".</summary>
    public string? InlineSeparator { get; set; }

    /// <summary>Between the only two choices: " or ".</summary>
    public string? InlineOr { get; set; }

    /// <summary>Before the last of three or more: ", or ".</summary>
    public string? InlineOrMore { get; set; }

    /// <summary>Number the choices "(1)" / "1." (default true); otherwise list items get "- ".</summary>
    public bool? IncludeNumbers { get; set; }
}
