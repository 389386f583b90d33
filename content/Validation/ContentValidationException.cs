namespace AllyBot.Content.Validation;

/// Thrown when the library has problems. The message lists every problem, one per line, ready for a log or console.
public sealed class ContentValidationException(IReadOnlyList<ContentProblem> problems)
    : Exception(Describe(problems))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<ContentProblem> problems) =>
        $"The content library has {problems.Count} problem(s):{Environment.NewLine}" +
        string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
