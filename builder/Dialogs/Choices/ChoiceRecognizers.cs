namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>
/// Finds which choice an answer means (SDK: <c>ChoiceRecognizers.RecognizeChoices</c>). Matching ignores
/// case, punctuation, apostrophes and accents, in this order of precedence:
/// <list type="number">
/// <item>the whole answer equals a choice's value, action title or a synonym (score 1);</item>
/// <item>the answer is a position: "2", "number 2", "two", "second", "the 2nd one", "last" (score 1);</item>
/// <item>with <see cref="FindChoicesOptions.AllowPartialMatches"/>: the choice plus filler ("an email I guess"),
/// the whole choice standing inside a longer answer (<see cref="FindChoicesOptions.AllowOptionInLongerAnswer"/>),
/// or part of it ("the union" → "Nurses' union", 0.5; see <see cref="ChoiceMatcher"/>), misspelled words
/// corrected towards the choices' words (<see cref="FindChoicesOptions.MaxTypoEdits"/>; each costs 0.2 of its word).</item>
/// </list>
/// Positions come before partial matches because the rendered list numbers the choices, so a bare "2"
/// means the second one even when a choice's text contains a 2. Between equal scores the choice with more
/// words matched ranks first ("coalition meeting" → "Coalition meeting" over "Meeting";
/// "they support it but haven't done anything" → the synonym "haven't done anything" over "support").
/// </summary>
public static class ChoiceRecognizers
{
    /// <summary>Every choice the answer may mean, best first (score, then words matched, descending; then list order).</summary>
    public static IReadOnlyList<FoundChoice> RecognizeChoices(string? utterance, IList<Choice>? choices, FindChoicesOptions? options = null) =>
        Rank(utterance, choices, options).Select(match => match.Found).ToList();

    /// <summary>
    /// The one choice the answer clearly means, or null when it means none, or two equally well
    /// ("the council or the department"): better to ask again than to guess.
    /// </summary>
    public static FoundChoice? RecognizeBest(string? utterance, IList<Choice>? choices, FindChoicesOptions? options = null)
    {
        var ranked = Rank(utterance, choices, options);
        if (ranked.Count == 0)
            return null;
        if (ranked.Count > 1 && ranked[0].Found.Score == ranked[1].Found.Score && ranked[0].Words == ranked[1].Words)
            return null;
        return ranked[0].Found;
    }

    private static List<Match> Rank(string? utterance, IList<Choice>? choices, FindChoicesOptions? options)
    {
        options ??= new FindChoicesOptions();
        choices ??= [];
        var text = ChoiceText.Normalize(utterance);
        if (text.Length == 0 || choices.Count == 0)
            return [];

        var exact = FindExact(text, choices, options);
        if (exact is not null)
            return [new Match(exact, int.MaxValue)];

        if (ChoicePosition.Find(text, choices.Count, options.RecognizeNumbers, options.RecognizeOrdinals) is { } index)
            return [new Match(new FoundChoice { Value = choices[index].Value, Index = index, Score = 1f }, int.MaxValue)];

        return options.AllowPartialMatches ? FindPartial(utterance!, choices, options) : [];
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

    private static List<Match> FindPartial(string utterance, IList<Choice> choices, FindChoicesOptions options)
    {
        var candidates = choices
            .SelectMany((choice, index) => Candidates(choice, options).Select(text => ChoiceCandidate.From(index, text)))
            .ToList();
        var answer = ChoiceAnswer.Read(utterance, new ChoiceTypos(candidates.Select(c => c.Tokens), options));
        var matcher = new ChoiceMatcher(answer, candidates, options);
        var found = new List<Match>();
        foreach (var group in candidates.GroupBy(c => c.Index))
        {
            Match? best = null;
            foreach (var candidate in group)
            {
                if (matcher.Match(candidate) is { } fit && (best is null || (fit.Score, fit.Words).CompareTo((best.Found.Score, best.Words)) > 0))
                    best = new Match(new FoundChoice { Value = choices[group.Key].Value, Index = group.Key, Score = fit.Score, Synonym = candidate.Text }, fit.Words);
            }

            if (best is not null)
                found.Add(best);
        }

        return found.OrderByDescending(m => m.Found.Score).ThenByDescending(m => m.Words).ThenBy(m => m.Found.Index).ToList();
    }

    /// <summary>A candidate with how many of its words were found (<see cref="int.MaxValue"/> for exact or positional picks).</summary>
    private sealed record Match(FoundChoice Found, int Words);

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
