using AllyBot.Content.Loading;
using AllyBot.Content.Matching;
using AllyBot.Content.Validation;
using AllyBot.Dialogs.Coaching;

namespace AllyBot.Bot.Cli;

/// <summary>
/// <c>dotnet run --project bot -- content lint [folder] [--standalone]</c> and
/// <c>dotnet run --project bot -- content match "free text"</c>: the content library's tools for chapters
/// editing their own audiences and questions. They run without starting the web host.
/// </summary>
public sealed record ContentCommand(string Action, IReadOnlyList<string> Arguments, bool Standalone)
{
    public const string Verb = "content";

    private const string Usage = """
        usage:
          content lint [folder] [--standalone]   check a content folder (default: Content:Path, else the shipped library)
          content match "free text"              show the audience profiles that best fit a description
        """;

    /// <summary>The content command if <paramref name="args"/> asks for it, else null.</summary>
    public static ContentCommand? TryParse(string[] args)
    {
        if (args.Length == 0 || !string.Equals(args[0], Verb, StringComparison.OrdinalIgnoreCase))
            return null;
        var rest = args.Skip(1).ToList();
        var standalone = rest.Remove("--standalone");
        var action = rest.Count > 0 ? rest[0].ToLowerInvariant() : "";
        return new ContentCommand(action, rest.Skip(1).ToList(), standalone);
    }

    /// <summary>Runs the command; returns the process exit code (0 fine, 1 problems found, 2 usage).</summary>
    public int Run(string? configuredPath, TextWriter output, TextWriter error) => Action switch
    {
        "lint" => Lint(Arguments.FirstOrDefault() ?? configuredPath, output),
        "match" when Arguments.Count > 0 => Match(string.Join(' ', Arguments), configuredPath, output, error),
        _ => UsageError(error),
    };

    /// <summary><c>Content:Path</c> as the bot would see it (appsettings.json, then environment variables).</summary>
    public static string? ConfiguredPath() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build()[$"{ContentOptions.SectionName}:{nameof(ContentOptions.Path)}"] is { Length: > 0 } path ? path : null;

    private int Lint(string? folder, TextWriter output)
    {
        if (folder is not null && !Directory.Exists(folder))
        {
            output.WriteLine($"{folder}: no such folder.");
            return 1;
        }
        // The bot's own expectations (command, stance and role ids it handles) are part of the check.
        var contract = JourneyContentContract.Instance;
        var problems = folder is null ? ContentLinter.LintShipped(contract) : ContentLinter.Lint(folder, overlayShipped: !Standalone, contract);
        output.WriteLine($"Linting {folder ?? "the shipped library"}{(folder is not null && !Standalone ? " (over the shipped library)" : "")}");
        output.WriteLine(ContentLinter.Format(problems));
        return problems.Count == 0 ? 0 : 1;
    }

    private static int Match(string text, string? configuredPath, TextWriter output, TextWriter error)
    {
        var (library, problems) = ContentLoader.TryLoad(new ContentOptions { Path = configuredPath });
        if (library is null)
        {
            error.WriteLine(ContentLinter.Format(problems));
            return 1;
        }
        var options = new AudienceMatcherOptions();
        var matches = new AudienceMatcher(library, options).Match(text);
        output.Write(AudienceMatchFormatter.Format(text, matches.Take(5).ToList(), options.Threshold));
        return 0;
    }

    private static int UsageError(TextWriter error)
    {
        error.WriteLine(Usage);
        return 2;
    }
}
