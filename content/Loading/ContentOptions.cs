namespace AllyBot.Content.Loading;

/// Where the content comes from. Bind from configuration section "Content".
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// A folder of YAML files. Null (the default): only the library shipped inside the assembly.
    public string? Path { get; set; }

    /// True (the default): Path overlays the shipped library, adding items and replacing items with the same id.
    /// False: Path is a complete library on its own and the shipped one is ignored.
    public bool OverlayShipped { get; set; } = true;

    /// True: also draft every sample pitch (each scenario ally and each audience, every angle) and report what
    /// breaks the pitch rules. The lint command does; loading for the bot skips it to start fast.
    public bool CheckSampleDrafts { get; set; }
}
