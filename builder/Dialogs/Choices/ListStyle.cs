namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>How a prompt shows its choices (SDK: <c>ListStyle</c>).</summary>
public enum ListStyle
{
    /// <summary>Don't show the choices; the prompt text stands alone.</summary>
    None,

    /// <summary>Let the prompt pick; every AllyBot channel renders suggested actions, so this is <see cref="SuggestedAction"/>.</summary>
    Auto,

    /// <summary>Appended to the text: "… (1) a, (2) b, or (3) c".</summary>
    Inline,

    /// <summary>Appended to the text as numbered lines.</summary>
    List,

    /// <summary><c>suggestedActions</c> with one <c>imBack</c> button per choice.</summary>
    SuggestedAction,

    /// <summary>A hero card attachment with one button per choice.</summary>
    HeroCard,
}
