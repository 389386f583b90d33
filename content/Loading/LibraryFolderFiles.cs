namespace AllyBot.Content.Loading;

/// Reads the YAML files of a library folder on disk (schemas/ is documentation, not content, and is skipped).
internal static class LibraryFolderFiles
{
    public static IReadOnlyList<LibraryFile> Read(string folder)
    {
        var root = System.IO.Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Content folder '{root}' does not exist.");
        }
        return Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Select(path => (path, relative: System.IO.Path.GetRelativePath(root, path).Replace('\\', '/')))
            .Where(f => IsYaml(f.relative))
            .OrderBy(f => f.relative, StringComparer.Ordinal)
            .Select(f => new LibraryFile(f.relative, f.path, File.ReadAllText(f.path)))
            .ToList();
    }

    public static bool IsYaml(string relativePath) =>
        (relativePath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ||
         relativePath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) &&
        !relativePath.StartsWith("schemas/", StringComparison.OrdinalIgnoreCase) &&
        !relativePath.Contains("/schemas/", StringComparison.OrdinalIgnoreCase);
}
