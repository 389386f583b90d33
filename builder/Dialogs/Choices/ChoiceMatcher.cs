namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>
/// How well one choice's value, title or synonym (a candidate) fits an answer that is not an exact pick.
/// The whole candidate counts when it stands as the answer's point:
/// <list type="bullet">
/// <item>it ends a clause, after nothing but filler or describing words ("she's neutral, …", "the county
/// nurses' union", "an email I guess"), unless another choice's word is in that clause too ("yeah no");</item>
/// <item>it opens the answer, followed by a new phrase ("yes the transit workers union", "no they're a nonprofit"),
/// or by anything when it is a negation ("not right now");</item>
/// <item>it has two or more meaningful words and stands word for word anywhere ("they support it but haven't done anything").</item>
/// </list>
/// A candidate after a negation in its clause ("not neutral") does not count unless it holds the negation itself.
/// Otherwise part of a candidate may count: at least <see cref="FindChoicesOptions.MinPartialScore"/> of its
/// words, making up at least <see cref="FindChoicesOptions.MinAnswerCoverage"/> of the answer's words
/// ("the union I think" → "Nurses' union"); a one-word candidate, a negation or a word that is a one-word
/// candidate never counts this way ("back pain clinic" is not "Back", "I have no idea" is not "No, pick another").
/// </summary>
internal sealed class ChoiceMatcher(ChoiceAnswer answer, IReadOnlyList<ChoiceCandidate> candidates, FindChoicesOptions options)
{
    /// <summary>A misspelled word counts as this much less than a word spelled right.</summary>
    private const float TypoPenalty = 0.2f;

    /// <summary>The one-word candidates' words, each with the choices it names.</summary>
    private readonly ILookup<string, int> _singleWords = candidates
        .Where(c => c.Content.Length == 1)
        .ToLookup(c => ChoiceText.Singular(c.Content[0]), c => c.Index, StringComparer.Ordinal);

    /// <summary>The best reading of the answer as <paramref name="candidate"/>, or null when it does not fit.</summary>
    public Fit? Match(ChoiceCandidate candidate)
    {
        if (candidate.Content.Length == 0)
            return null;
        var whole = EndsAClause(candidate) ?? (options.AllowOptionInLongerAnswer ? OpensTheAnswer(candidate) ?? StandsTogether(candidate) : null);
        return whole ?? Partial(candidate);
    }

    private Fit? EndsAClause(ChoiceCandidate candidate)
    {
        var k = candidate.Content.Length;
        if (!options.AllowOptionInLongerAnswer && answer.Clauses.Count != 1)
            return null;
        foreach (var clause in answer.Clauses)
        {
            if (clause.Count < k || (!options.AllowOptionInLongerAnswer && clause.Count != k))
                continue;
            var start = clause.Count - k;
            if (!SameWords(clause, start, candidate.Content) || Negated(clause[start], candidate))
                continue;
            if (Enumerable.Range(0, start).Any(i => NamesAnotherChoice(clause[i], candidate.Index)))
                continue;
            return Whole(candidate, clause.Skip(start));
        }

        return null;
    }

    private Fit? OpensTheAnswer(ChoiceCandidate candidate)
    {
        var words = answer.Words.SkipWhile(w => ChoiceText.IsInterjection(w.Text)).ToList();
        var k = candidate.Tokens.Length;
        if (words.Count <= k || !SameWords(words, 0, candidate.Tokens))
            return null;
        var next = words[k];
        // A leading negation governs what follows: "not right now", "no way".
        var newPhrase = next.Clause != words[k - 1].Clause || ChoiceText.IsPhraseStarter(next.Text) || candidate.Content.All(ChoiceText.IsNegation);
        // …unless the rest of its clause names another choice: "not sure" is neither yes nor no.
        var rest = words.Skip(k).TakeWhile(w => w.Clause == words[k - 1].Clause);
        return newPhrase && !rest.Any(w => NamesAnotherChoice(w, candidate.Index)) ? Whole(candidate, words.Take(k)) : null;
    }

    private Fit? StandsTogether(ChoiceCandidate candidate)
    {
        var k = candidate.Tokens.Length;
        if (candidate.Content.Length < 2)
            return null;
        var words = answer.Words;
        for (var start = 0; start + k <= words.Count; start++)
        {
            if (SameWords(words, start, candidate.Tokens) && !Negated(words.Skip(start).Take(k).FirstOrDefault(w => w.IsContent), candidate))
                return Whole(candidate, words.Skip(start).Take(k));
        }

        return null;
    }

    private Fit? Partial(ChoiceCandidate candidate)
    {
        // A negation or a word that is a whole one-word choice is never "part" of a choice: it has to stand
        // as the answer's point ("I have no idea" is not "No, pick another"; "yes no" is not "Yes, that's right").
        var words = candidate.Content.Where(w => !ChoiceText.IsNegation(w) && !_singleWords.Contains(ChoiceText.Singular(w))).Distinct().ToArray();
        var answerWords = answer.Content.Where(w => !w.Negated).ToList();
        if (words.Length < 2 || answerWords.Count == 0)
            return null;
        var matched = 0;
        var typos = 0;
        foreach (var word in words)
        {
            var found = answerWords.Where(a => ChoiceText.SameWord(word, a.Text)).ToList();
            matched += found.Count > 0 ? 1 : 0;
            typos += found.Count > 0 && found.All(a => a.Typo) ? 1 : 0;
        }
        var share = (float)matched / words.Length;
        var coverage = (float)matched / answerWords.Select(a => a.Text).Distinct().Count();
        if (matched == 0 || share < options.MinPartialScore || coverage < options.MinAnswerCoverage)
            return null;
        return new Fit((matched - TypoPenalty * typos) / words.Length, matched);
    }

    private static Fit Whole(ChoiceCandidate candidate, IEnumerable<AnswerWord> used)
    {
        var words = candidate.Content.Distinct().Count();
        var typos = used.Count(w => w.Typo && w.IsContent);
        return new Fit((words - TypoPenalty * Math.Min(typos, words)) / words, words);
    }

    private bool NamesAnotherChoice(AnswerWord word, int index) =>
        _singleWords[ChoiceText.Singular(word.Text)].Any(other => other != index);

    private static bool Negated(AnswerWord first, ChoiceCandidate candidate) =>
        first.Negated && !candidate.Content.Any(ChoiceText.IsNegation);

    private static bool SameWords(IReadOnlyList<AnswerWord> words, int start, string[] expected)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (!ChoiceText.SameWord(words[start + i].Text, expected[i]))
                return false;
        }

        return true;
    }

    /// <summary>How well a candidate fits: its score (share of its words found, less for typos) and how many of its words were found.</summary>
    internal sealed record Fit(float Score, int Words);
}

/// <summary>One value, action title or synonym of a choice, as normalized tokens and its meaningful words.</summary>
internal sealed record ChoiceCandidate(int Index, string Text, string[] Tokens, string[] Content)
{
    public static ChoiceCandidate From(int index, string text)
    {
        var tokens = ChoiceText.Tokens(ChoiceText.Normalize(text));
        return new ChoiceCandidate(index, text, tokens, tokens.Where(ChoiceText.IsContent).ToArray());
    }
}
