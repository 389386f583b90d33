using AllyBot.Content.Loading;

namespace AllyBot.Content.Validation;

/// What the host's "lint" command calls. An empty list means the content is clean.
public static class ContentLinter
{
    /// Lints a folder. By default it is checked as an overlay on the shipped library, the way the bot loads it;
    /// pass overlayShipped: false for a complete library that stands alone. The host passes the code's
    /// contract (the dialogs' JourneyContentContract) so ids the bot does not know are problems too.
    public static IReadOnlyList<ContentProblem> Lint(string folder, bool overlayShipped = true, ContentContract? contract = null) =>
        ContentLoader.TryLoad(new ContentOptions { Path = folder, OverlayShipped = overlayShipped, CheckSampleDrafts = true }, contract).Problems;

    /// Lints the library compiled into the assembly.
    public static IReadOnlyList<ContentProblem> LintShipped(ContentContract? contract = null) => ContentLoader.TryLoad(new ContentOptions { CheckSampleDrafts = true }, contract).Problems;

    /// One problem per line, then a count, for a terminal.
    public static string Format(IReadOnlyList<ContentProblem> problems) =>
        problems.Count == 0
            ? "Content OK: no problems found."
            : string.Join(Environment.NewLine, problems.Select(p => p.ToString())) + Environment.NewLine +
              $"{problems.Count} problem(s).";
}
