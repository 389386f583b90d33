namespace AllyBot.Content.Tests.Validation;

/// A throwaway copy of the repository's content/library that a test can break, deleted on dispose.
internal sealed class LibraryCopy : IDisposable
{
    public LibraryCopy(bool empty = false)
    {
        Folder = Path.Combine(Path.GetTempPath(), "allybot-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (!empty)
        {
            foreach (var file in Directory.EnumerateFiles(TestLibrary.SourceFolder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Folder, Path.GetRelativePath(TestLibrary.SourceFolder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    public string Folder { get; }

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    /// Replaces the first occurrence of a text and returns the 1-based line where it was.
    public int Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        var index = text.IndexOf(oldText, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidOperationException($"'{oldText}' not found in {relative}");
        }
        File.WriteAllText(PathOf(relative), string.Concat(text.AsSpan(0, index), newText, text.AsSpan(index + oldText.Length)));
        return text[..index].Count(c => c == '\n') + 1;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
