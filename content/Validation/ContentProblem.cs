namespace AllyBot.Content.Validation;

/// One thing wrong with the library: the file, the 1-based line (0 when it is about the library as a whole) and what is wrong.
public sealed record ContentProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
