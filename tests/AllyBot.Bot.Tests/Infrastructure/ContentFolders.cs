namespace AllyBot.Bot.Tests.Infrastructure;

/// <summary>Copies of the shipped content library for tests that edit or break one.</summary>
public static class ContentFolders
{
    public static string CopyShippedLibrary(string parent)
    {
        var source = RepositoryPaths.Combine("content", "library");
        var target = Path.Combine(parent, "library");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    /// <summary>Gives the labor-unions profile a source id that sources.yaml does not define.</summary>
    public static string BreakLaborUnionsProfile(string library)
    {
        var file = Path.Combine(library, "audiences", "labor-unions.yaml");
        var lines = File.ReadAllLines(file).ToList();
        lines.Insert(lines.IndexOf("source:") + 1, "- no-such-source");
        File.WriteAllLines(file, lines);
        return file;
    }
}
