using AllyBot.Content.Loading;

namespace AllyBot.Content.Validation;

/// Checks a library against the code's <see cref="ContentContract"/>: choice ids the code does not know,
/// and choice ids, audiences and texts the code needs that are missing.
internal static class ContractValidator
{
    private const string Library = "(library)";

    public static void Validate(LibraryLayer layer, ContentContract contract, ProblemCollector problems)
    {
        foreach (var rule in contract.Choices)
        {
            CheckChoices(layer, rule, problems);
        }
        foreach (var audience in contract.Audiences.Where(a => !layer.Audiences.ContainsKey(a)))
        {
            problems.Add(Library, 0, $"The bot needs the audience '{audience}' (add audiences/{audience}.yaml).");
        }
        foreach (var text in contract.Texts.Where(t => !HasText(layer, t)))
        {
            problems.Add(Library, 0, $"The bot says the text '{text.Key}' of step '{text.Step}', which is missing (add it under texts: in coaching/{text.Step}.yaml).");
        }
    }

    private static void CheckChoices(LibraryLayer layer, KnownChoices rule, ProblemCollector problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var questionId in rule.Questions)
        {
            if (!layer.Steps.TryGetValue(rule.Step, out var step) || !step.Questions.TryGetValue(questionId, out var located))
            {
                problems.Add(Library, 0, $"The bot needs the question '{questionId}' of step '{rule.Step}' ({rule.What}).");
                continue;
            }
            foreach (var choice in located.Item.Choices)
            {
                seen.Add(choice.Id);
                if (!rule.Known.Contains(choice.Id))
                {
                    problems.Add(located.File, located.Line,
                        $"Question '{questionId}' has the choice '{choice.Id}', which the bot does not handle as one of {rule.What}. Known: {string.Join(", ", rule.Known.Order(StringComparer.Ordinal))}.");
                }
            }
        }
        foreach (var missing in rule.Required.Where(id => !seen.Contains(id)).Order(StringComparer.Ordinal))
        {
            problems.Add(Library, 0, $"The bot needs the choice '{missing}' among {rule.What} (step '{rule.Step}', question {string.Join(" or ", rule.Questions.Select(q => $"'{q}'"))}).");
        }
    }

    private static bool HasText(LibraryLayer layer, RequiredText text) =>
        layer.Steps.TryGetValue(text.Step, out var step) && step.Texts.ContainsKey(text.Key);
}
