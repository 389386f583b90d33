namespace AllyBot.Content.Loading;

/// A library file's text. RelativePath uses '/' ("audiences/funders.yaml"); DisplayPath is what problems name.
internal sealed record LibraryFile(string RelativePath, string DisplayPath, string Text);
