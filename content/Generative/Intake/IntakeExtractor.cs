using AllyBot.Content.Matching;
using AllyBot.Content.Model;

namespace AllyBot.Content.Generative.Intake;

/// Free-form intake over the model: the paragraph goes in as data with the library's audience ids and names;
/// the structured answer is kept only where it is the person's own: a name or contact must have all its
/// words in the paragraph, any other field at least SubstanceShare of its meaningful words; a kind must be a
/// library audience id. Everything else is dropped.
public sealed class IntakeExtractor(ContentLibrary library, GenerativeCaller caller) : IIntakeExtractor
{
    public const double SubstanceShare = 0.7;
    public const int MaxParagraphCharacters = 4000;
    public const int MaxOutputTokens = 1000;

    public async Task<IntakeResult> ExtractAsync(string paragraph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Length > MaxParagraphCharacters ? paragraph[..MaxParagraphCharacters] : paragraph;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new IntakeResult(null, null, null, [], []);
        }
        var audiences = library.Audiences.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var data = new { Paragraph = text, Audiences = audiences.Select(a => new { a.Id, a.Name }).ToList() };
        var request = ModelPrompt.Build(library, GenerativeFeatures.Intake, [GenerativeIds.IntakePrompt], data,
            IntakeOutput.SchemaName, IntakeOutput.Schema(audiences.Select(a => a.Id)), MaxOutputTokens);
        var result = await caller.CallAsync(request, answer => Check(answer, text), null, cancellationToken);
        return result.Value ?? IntakeResult.Failed(result.Failure ?? FallbackReason.ServiceError);
    }

    private ModelCheck<IntakeResult> Check(string answer, string paragraph)
    {
        if (IntakeOutput.Parse(answer) is not { } output)
        {
            return ModelCheck<IntakeResult>.Reject(FallbackReason.UnreadableOutput, ["The answer is not the intake JSON."]);
        }
        var said = TextNormalizer.ContentTokens(paragraph).ToHashSet(StringComparer.Ordinal);
        var dropped = new List<string>();
        string? Keep(string? value, string field, bool whole = false)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }
            var tokens = TextNormalizer.ContentTokens(value).Distinct().ToList();
            var share = tokens.Count == 0 ? 0 : (double)tokens.Count(said.Contains) / tokens.Count;
            if (whole ? share < 1 : share < SubstanceShare)
            {
                dropped.Add(field);
                return null;
            }
            return value.Trim();
        }
        var allies = new List<IntakeAlly>();
        foreach (var (ally, i) in (output.Allies ?? []).Select((a, i) => (a, i)))
        {
            if (Keep(ally.Name, $"allies[{i}].name", whole: true) is not { } name)
            {
                continue;
            }
            var kind = ally.Kind is { } id && library.Audiences.ContainsKey(id) ? id : null;
            if (ally.Kind is not null && kind is null)
            {
                dropped.Add($"allies[{i}].kind");
            }
            allies.Add(new IntakeAlly(name, kind, Keep(ally.Contact, $"allies[{i}].contact", whole: true),
                Keep(ally.Ask, $"allies[{i}].ask"), Keep(ally.Offer, $"allies[{i}].offer")));
        }
        var result = new IntakeResult(Keep(output.Goal, "goal"), Keep(output.Problem, "problem"), Keep(output.Solution, "solution"), allies, dropped);
        return ModelCheck<IntakeResult>.Accept(result);
    }
}
