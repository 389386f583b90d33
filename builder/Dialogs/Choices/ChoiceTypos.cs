namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>
/// Corrects misspelled words of an answer towards the words of the choices offered ("narow" → "narrow",
/// "nuetral" → "neutral"). A word is corrected only when it is long enough (<see cref="FindChoicesOptions.MinTypoWordLength"/>),
/// is not itself a word of any choice, and has exactly one nearest choice word within the allowed edits:
/// one edit for words under <see cref="LongWord"/> letters, up to <see cref="FindChoicesOptions.MaxTypoEdits"/> for longer ones.
/// A swap of two neighbouring letters counts as one edit.
/// </summary>
internal sealed class ChoiceTypos
{
    /// <summary>Words this long or longer may take a second edit.</summary>
    public const int LongWord = 8;

    private readonly HashSet<string> _known;
    private readonly List<string> _targets;
    private readonly FindChoicesOptions _options;

    public ChoiceTypos(IEnumerable<string[]> candidateTokens, FindChoicesOptions options)
    {
        _options = options;
        _known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tokens in candidateTokens)
        {
            foreach (var token in tokens)
                _known.Add(ChoiceText.Singular(token));
        }
        _targets = _known.Where(word => word.Length >= options.MinTypoWordLength && ChoiceText.IsContent(word) && !word.All(char.IsDigit)).ToList();
    }

    /// <summary>The choice word <paramref name="word"/> was meant to be, or null when it stands as typed.</summary>
    public string? Correct(string word)
    {
        if (_options.MaxTypoEdits <= 0 || word.Length < _options.MinTypoWordLength || !ChoiceText.IsContent(word) || word.Any(char.IsDigit))
            return null;
        var singular = ChoiceText.Singular(word);
        if (_known.Contains(singular))
            return null;

        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var target in _targets)
        {
            var allowed = Math.Min(_options.MaxTypoEdits, target.Length >= LongWord ? 2 : 1);
            var distance = Math.Min(Distance(word, target, allowed), Distance(singular, target, allowed));
            if (distance > allowed || distance > bestDistance)
                continue;
            tie = distance == bestDistance;
            bestDistance = distance;
            best = target;
        }

        return tie ? null : best;
    }

    /// <summary>Optimal-string-alignment distance (insert, delete, substitute, swap neighbours); anything over <paramref name="limit"/> as limit + 1.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit)
                return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
