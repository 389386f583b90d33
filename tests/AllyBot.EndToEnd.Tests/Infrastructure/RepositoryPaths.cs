namespace AllyBot.EndToEnd.Tests.Infrastructure;

/// <summary>Where things are in the repository, found from the test assembly's folder (works for any configuration).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding AllyBot.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>tests/js: the pinned npm clients (install with tests/install-prerequisites.sh).</summary>
    public static string JsClients => Path.Combine(Root, "tests", "js");

    /// <summary>TestResults/screenshots at the repository root (test.sh empties TestResults at the start of a run).</summary>
    public static string Screenshots
    {
        get
        {
            var folder = Path.Combine(Root, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AllyBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No AllyBot.sln above {AppContext.BaseDirectory}.");
    }
}
