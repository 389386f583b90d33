using AllyBot.Content.Model;
using AllyBot.Content.Validation;

namespace AllyBot.Content.Loading;

/// Loads the content library: the one shipped inside this assembly, optionally overlaid by (or replaced with)
/// a folder. Throws ContentValidationException listing every problem when the result is not clean.
public static class ContentLoader
{
    /// DI-free factory: new ContentOptions { Path = config["Content:Path"] } → a checked library. With a
    /// contract (the dialogs' JourneyContentContract), also checked against what the code relies on.
    public static ContentLibrary Load(ContentOptions? options = null, ContentContract? contract = null)
    {
        var (library, problems) = TryLoad(options ?? new ContentOptions(), contract);
        return problems.Count == 0 && library is not null ? library : throw new ContentValidationException(problems);
    }

    public static ContentLibrary LoadShipped() => Load();

    public static ContentLibrary LoadFolder(string path, bool overlayShipped = true) =>
        Load(new ContentOptions { Path = path, OverlayShipped = overlayShipped });

    /// Loads without throwing: the library (null if there are problems) and the sorted problems.
    public static (ContentLibrary? Library, IReadOnlyList<ContentProblem> Problems) TryLoad(ContentOptions options, ContentContract? contract = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new ProblemCollector();
        LibraryLayer layer;
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            layer = LayerReader.Read(EmbeddedLibraryFiles.Read(), problems);
        }
        else if (!Directory.Exists(options.Path))
        {
            problems.Add(options.Path, 0, "The content folder does not exist.");
            return (null, problems.Sorted());
        }
        else
        {
            var folder = LayerReader.Read(LibraryFolderFiles.Read(options.Path), problems);
            layer = options.OverlayShipped
                ? LayerMerger.Merge(LayerReader.Read(EmbeddedLibraryFiles.Read(), problems), folder)
                : folder;
        }
        LibraryValidator.Validate(layer, contract ?? ContentContract.None, problems, options.CheckSampleDrafts);
        var sorted = problems.Sorted();
        return sorted.Count == 0 ? (LibraryBuilder.Build(layer), sorted) : (null, sorted);
    }
}
