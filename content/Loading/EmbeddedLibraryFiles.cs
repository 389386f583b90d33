using System.Reflection;

namespace AllyBot.Content.Loading;

/// The shipped library, compiled into this assembly as embedded resources named "library/<relative path>",
/// so the bot finds it whatever folder it is started from.
internal static class EmbeddedLibraryFiles
{
    private const string Prefix = "library/";

    public static IReadOnlyList<LibraryFile> Read()
    {
        var assembly = typeof(EmbeddedLibraryFiles).Assembly;
        var files = new List<LibraryFile>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            var normalised = name.Replace('\\', '/');
            if (!normalised.StartsWith(Prefix, StringComparison.Ordinal) || !LibraryFolderFiles.IsYaml(normalised))
            {
                continue;
            }
            var relative = normalised[Prefix.Length..];
            files.Add(new LibraryFile(relative, "(shipped) " + relative, ReadText(assembly, name)));
        }
        return files;
    }

    private static string ReadText(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"Embedded resource '{name}' vanished.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
