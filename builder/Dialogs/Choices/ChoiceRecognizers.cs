namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>
/// Finds which choice an answer means (SDK: <c>ChoiceRecognizers.RecognizeChoices</c>). Matching ignores
/// case, punctuation and apostrophes, in this order of precedence:
/// <list type="number">
/// <item>the whole answer equals a choice's value, action title or a synonym (score 1);</item>
/// <item>the answer is a position: "2", "number 2", "two", "second", "the 2nd one", "last" (score 1);</item>
/// <item>a partial match: the share of a value's / synonym's meaningful words found in the answer
/// ("the union" → "Nurses' union", 0.5), at least <see cref="FindChoicesOptions.MinPartialScore"/>.</item>
/// </list>
/// Positions come before partial matches because the rendered list numbers the choices, so a bare "2"
/// means the second one even when a choice's text contains a 2.
/// </summary>
public static class ChoiceRecognizers
{
    /// <summary>Every choice the answer may mean, best first (score descending, then list order).</summary>
    public static IReadOnlyList<FoundChoice> RecognizeChoices(string? utterance, IList<Choice>? choices, FindChoicesOptions? options = null)
    {
        options ??= new FindChoicesOptions();
        choices ??= [];
        var text = ChoiceText.Normalize(utterance);
        if (text.Length == 0 || choices.Count == 0)
            return [];

        var exact = FindExact(text, choices, options);
        if (exact is not null)
            return [exact];

        if (ChoicePosition.Find(text, choices.Count, options.RecognizeNumbers, options.RecognizeOrdinals) is { } index)
            return [new FoundChoice { Value = choices[index].Value, Index = index, Score = 1f }];

        return options.AllowPartialMatches ? FindPartial(text, choices, options) : [];
    }

    private static FoundChoice? FindExact(string text, IList<Choice> choices, FindChoicesOptions options)
    {
        for (var index = 0; index < choices.Count; index++)
        {
            foreach (var candidate in Candidates(choices[index], options))
            {
                if (ChoiceText.Normalize(candidate) == text)
                    return new FoundChoice { Value = choices[index].Value, Index = index, Score = 1f, Synonym = candidate };
            }
        }

        return null;
    }

    private static List<FoundChoice> FindPartial(string text, IList<Choice> choices, FindChoicesOptions options)
    {
        var answerWords = ChoiceText.Tokens(text);
        var found = new List<FoundChoice>();
        for (var index = 0; index < choices.Count; index++)
        {
            FoundChoice? best = null;
            foreach (var candidate in Candidates(choices[index], options))
            {
                var words = ChoiceText.ContentTokens(ChoiceText.Normalize(candidate)).Distinct().ToArray();
                if (words.Length == 0)
                    continue;
                var matched = words.Count(word => answerWords.Any(answer => ChoiceText.SameWord(word, answer)));
                var score = (float)matched / words.Length;
                if (matched > 0 && score >= options.MinPartialScore && (best is null || score > best.Score))
                    best = new FoundChoice { Value = choices[index].Value, Index = index, Score = score, Synonym = candidate };
            }

            if (best is not null)
                found.Add(best);
        }

        return found.OrderByDescending(f => f.Score).ThenBy(f => f.Index).ToList();
    }

    private static IEnumerable<string> Candidates(Choice choice, FindChoicesOptions options)
    {
        if (!options.NoValue && !string.IsNullOrWhiteSpace(choice.Value))
            yield return choice.Value;
        if (!options.NoAction && !string.IsNullOrWhiteSpace(choice.Action?.Title))
            yield return choice.Action.Title;
        foreach (var synonym in choice.Synonyms ?? [])
        {
            if (!string.IsNullOrWhiteSpace(synonym))
                yield return synonym;
        }
    }
}
