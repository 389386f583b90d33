namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>
/// An answer read for choice matching: its words in order (misspellings corrected towards the choices'
/// words), split into clauses at punctuation and at conjunctions ("she's neutral, she says nice things";
/// "active but quiet"), each word marked when a negation comes before it in its clause ("not neutral"), and
/// hedges ending a clause ("… at the moment", "… I believe") set aside as filler.
/// </summary>
internal sealed class ChoiceAnswer
{
    private static readonly char[] ClauseMarks = [',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\u201C', '\u201D', '/', '\u2013', '\u2014', '\u2026'];

    private ChoiceAnswer(List<AnswerWord> words)
    {
        Words = words;
        Content = words.Where(w => w.IsContent).ToList();
        Clauses = Content.GroupBy(w => w.Clause).Select(g => (IReadOnlyList<AnswerWord>)g.ToList()).ToList();
    }

    /// <summary>Every word, stop words included (conjunctions too: they belong to no clause).</summary>
    public IReadOnlyList<AnswerWord> Words { get; }

    /// <summary>The meaningful words, in order.</summary>
    public IReadOnlyList<AnswerWord> Content { get; }

    /// <summary>The meaningful words of each clause.</summary>
    public IReadOnlyList<IReadOnlyList<AnswerWord>> Clauses { get; }

    public static ChoiceAnswer Read(string utterance, ChoiceTypos typos)
    {
        var words = new List<AnswerWord>();
        var clause = 0;
        foreach (var part in SplitAtMarks(utterance))
        {
            var current = new List<AnswerWord>();
            foreach (var token in ChoiceText.Tokens(ChoiceText.Normalize(part)))
            {
                if (ChoiceText.IsConjunction(token))
                {
                    AddClause(words, current);
                    words.Add(new AnswerWord(token, false, -1, false, false));
                    clause++;
                    continue;
                }
                var corrected = typos.Correct(token);
                var text = corrected ?? token;
                var negated = current.Any(w => ChoiceText.IsNegation(w.Text));
                current.Add(new AnswerWord(text, corrected is not null, clause, ChoiceText.IsContent(text), negated));
            }
            AddClause(words, current);
            clause++;
        }

        return new ChoiceAnswer(words);
    }

    /// <summary>Adds a clause's words, its trailing hedges ("… at the moment") not counting as meaningful.</summary>
    private static void AddClause(List<AnswerWord> words, List<AnswerWord> clause)
    {
        var hedge = ChoiceText.TrailingHedgeLength(clause.Select(w => w.Text).ToList());
        words.AddRange(clause.Select((w, i) => i >= clause.Count - hedge ? w with { IsContent = false } : w));
        clause.Clear();
    }

    /// <summary>Splits at clause punctuation; a hyphen only when spaced (" - "), so "one-on-one" stays whole.</summary>
    private static IEnumerable<string> SplitAtMarks(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var spacedHyphen = text[i] == '-' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1]));
            if (Array.IndexOf(ClauseMarks, text[i]) < 0 && !spacedHyphen)
                continue;
            if (i > start)
                yield return text[start..i];
            start = i + 1;
        }
        if (start < text.Length)
            yield return text[start..];
    }
}

/// <summary>One word of an answer: as matched (corrected when <paramref name="Typo"/>), its clause (-1 for a conjunction), whether it carries meaning, whether a negation precedes it in its clause.</summary>
internal readonly record struct AnswerWord(string Text, bool Typo, int Clause, bool IsContent, bool Negated);
