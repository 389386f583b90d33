namespace AllyBot.Content.Validation;

/// Gathers problems while a library is read and checked.
internal sealed class ProblemCollector
{
    private readonly List<ContentProblem> _problems = [];

    public IReadOnlyList<ContentProblem> Problems => _problems;

    public void Add(string file, int line, string message) => _problems.Add(new ContentProblem(file, line, message));

    public IReadOnlyList<ContentProblem> Sorted() =>
        _problems.Distinct()
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Message, StringComparer.Ordinal)
            .ToList();
}
