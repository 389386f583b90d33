using AllyBot.Content.Loading;
using AllyBot.Content.Model;

namespace AllyBot.Content.Tests;

/// The shipped library, loaded once for the test run, and the path of its source folder in the repository.
internal static class TestLibrary
{
    private static readonly Lazy<ContentLibrary> Lazy = new(() => ContentLoader.LoadShipped());

    public static ContentLibrary Shipped => Lazy.Value;

    /// content/library in the repository, found by walking up from the test binaries.
    public static string SourceFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content", "library");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "sources.yaml")))
                {
                    return candidate;
                }
            }
            throw new DirectoryNotFoundException("content/library not found above " + AppContext.BaseDirectory);
        }
    }
}
