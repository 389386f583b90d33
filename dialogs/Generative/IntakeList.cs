using System.Text;
using System.Text.Json;
using AllyBot.Content.Generative.Intake;
using AllyBot.Content.Matching;
using AllyBot.Dialogs.Coaching;

namespace AllyBot.Dialogs.Generative;

/// <summary>One line of what free-form intake understood: a plan field (of the ally at <see cref="Ally"/>, or -1) and its value.</summary>
internal sealed record IntakeItem(IntakeField Field, int Ally, string? Value);

internal enum IntakeField
{
    Goal,
    Problem,
    Solution,
    Ally,
    Kind,
    Contact,
    Ask,
    Offer,
}

/// <summary>A correction of one line: its number and the new value (null: take it out).</summary>
internal sealed record IntakeCorrection(int Line, string? Value);

/// <summary>
/// What free-form intake understood, as the numbered list the person checks ("1. Goal: …", "4. Ally: the county
/// nurses' union", "5. Kind of group for the county nurses' union: Labor unions"), and their corrections read from
/// one message: "change 2 to …", "2: …", "the goal is …", "remove 5", several separated by ";" or "and". The words
/// (labels, change and remove words, joins) come from the library.
/// </summary>
internal sealed class IntakeList(CoachingContent content, AudienceMatcher matcher)
{
    public static IReadOnlyList<IntakeItem> Items(IntakeResult result)
    {
        var items = new List<IntakeItem>();
        void Add(IntakeField field, int ally, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) || field == IntakeField.Kind)
                items.Add(new IntakeItem(field, ally, value));
        }
        Add(IntakeField.Goal, -1, result.Goal);
        Add(IntakeField.Problem, -1, result.Problem);
        Add(IntakeField.Solution, -1, result.Solution);
        for (var i = 0; i < result.Allies.Count; i++)
        {
            var ally = result.Allies[i];
            Add(IntakeField.Ally, i, ally.Name);
            Add(IntakeField.Kind, i, ally.AudienceId);
            Add(IntakeField.Contact, i, ally.Contact);
            Add(IntakeField.Ask, i, ally.Ask);
            Add(IntakeField.Offer, i, ally.Offer);
        }
        return items;
    }

    /// <summary>"Here's what I understood:" and the numbered lines.</summary>
    public string Describe(IntakeResult result)
    {
        var text = new StringBuilder(content.Text(GenerativeTexts.Step, GenerativeTexts.IntakeUnderstood));
        var items = Items(result);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var ally = item.Ally >= 0 ? result.Allies[item.Ally].Name : null;
            var value = item.Field == IntakeField.Kind
                ? item.Value is null ? content.Text(GenerativeTexts.Step, GenerativeTexts.IntakeKindUnknown) : content.AudienceName(item.Value)
                : item.Value;
            text.AppendLine().Append(i + 1).Append(". ").Append(Label(item.Field, ally)).Append(": ").Append(value);
        }
        return text.ToString();
    }

    /// <summary>The result with the corrections made: a kind typed as words is matched to a library audience (none: asked later); a removed ally goes with its lines.</summary>
    public IntakeResult Apply(IntakeResult result, IReadOnlyList<IntakeCorrection> corrections)
    {
        var items = Items(result).ToList();
        foreach (var correction in corrections)
        {
            var item = items[correction.Line - 1];
            var value = item.Field == IntakeField.Kind && correction.Value is not null ? matcher.Best(correction.Value)?.AudienceId : correction.Value;
            items[correction.Line - 1] = item with { Value = value };
        }
        string? Value(IntakeField field, int ally = -1) => items.FirstOrDefault(i => i.Field == field && i.Ally == ally)?.Value;
        var allies = result.Allies.Select((_, i) => i)
            .Where(i => Value(IntakeField.Ally, i) is not null)
            .Select(i => new IntakeAlly(Value(IntakeField.Ally, i)!, Value(IntakeField.Kind, i), Value(IntakeField.Contact, i), Value(IntakeField.Ask, i), Value(IntakeField.Offer, i)))
            .ToList();
        return result with { Goal = Value(IntakeField.Goal), Problem = Value(IntakeField.Problem), Solution = Value(IntakeField.Solution), Allies = allies };
    }

    /// <summary>The corrections in a message, or null when a part of it is not one (then the question is asked again).</summary>
    public IReadOnlyList<IntakeCorrection>? ReadCorrections(string text, IntakeResult result)
    {
        var count = Items(result).Count;
        var changes = GenerativeTexts.Words(content, GenerativeTexts.IntakeChangeWords);
        var removes = GenerativeTexts.Words(content, GenerativeTexts.IntakeRemoveWords);
        var corrections = new List<IntakeCorrection>();
        foreach (var part in Parts(text, changes.Concat(removes).ToList()))
        {
            var rest = part;
            var remove = StripLead(ref rest, removes);
            if (!remove)
                StripLead(ref rest, changes);
            StripLead(ref rest, ["the"]);
            if (Line(ref rest, result) is not { } line || line < 1 || line > count)
                return null;
            if (remove)
            {
                if (rest.Trim().Length > 0)
                    return null;
                corrections.Add(new IntakeCorrection(line, null));
                continue;
            }
            if (!StripLead(ref rest, GenerativeTexts.Words(content, GenerativeTexts.IntakeChangeJoins)) || rest.Trim().Length == 0)
                return null;
            corrections.Add(new IntakeCorrection(line, rest.Trim().TrimEnd('.')));
        }
        return corrections.Count > 0 ? corrections : null;
    }

    public static string Serialize(IReadOnlyList<IntakeCorrection> corrections) => JsonSerializer.Serialize(corrections);

    public static IReadOnlyList<IntakeCorrection> Deserialize(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<IntakeCorrection>>(json) ?? [];

    private string Label(IntakeField field, string? ally) => field switch
    {
        IntakeField.Goal => content.Text(GenerativeTexts.Step, GenerativeTexts.IntakeGoal),
        IntakeField.Problem => content.Text(GenerativeTexts.Step, GenerativeTexts.IntakeProblem),
        IntakeField.Solution => content.Text(GenerativeTexts.Step, GenerativeTexts.IntakeSolution),
        IntakeField.Ally => content.Text(GenerativeTexts.Step, GenerativeTexts.IntakeAlly),
        IntakeField.Kind => content.Text(GenerativeTexts.Step, GenerativeTexts.IntakeKind, ("ally", ally)),
        IntakeField.Contact => content.Text(GenerativeTexts.Step, GenerativeTexts.IntakeContact, ("ally", ally)),
        IntakeField.Ask => content.Text(GenerativeTexts.Step, GenerativeTexts.IntakeAsk, ("ally", ally)),
        _ => content.Text(GenerativeTexts.Step, GenerativeTexts.IntakeOffer, ("ally", ally)),
    };

    /// <summary>"2" (or "#2") or a label of the goal, problem or solution: the line's number, or null.</summary>
    private int? Line(ref string rest, IntakeResult result)
    {
        var trimmed = rest.TrimStart().TrimStart('#');
        var digits = new string(trimmed.TakeWhile(char.IsDigit).ToArray());
        if (digits.Length > 0 && int.TryParse(digits, out var number))
        {
            rest = trimmed[digits.Length..].TrimStart('.', ')');
            return number;
        }
        var items = Items(result);
        foreach (var field in new[] { IntakeField.Goal, IntakeField.Problem, IntakeField.Solution })
        {
            var index = items.ToList().FindIndex(i => i.Field == field);
            if (index >= 0 && StripLead(ref rest, [Label(field, null).ToLowerInvariant()]))
                return index + 1;
        }
        return null;
    }

    /// <summary>Removes the first of <paramref name="words"/> the text starts with (whole words, any case); false when none.</summary>
    private static bool StripLead(ref string text, IReadOnlyList<string> words)
    {
        var trimmed = text.TrimStart();
        foreach (var word in words)
        {
            if (!trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                continue;
            var after = trimmed[word.Length..];
            if (after.Length == 0 || !char.IsLetterOrDigit(after[0]) || !char.IsLetterOrDigit(word[^1]))
            {
                text = after;
                return true;
            }
        }
        return false;
    }

    /// <summary>The corrections of a message: split at ";" and new lines, and at "and" before another change or remove word.</summary>
    private static IEnumerable<string> Parts(string text, IReadOnlyList<string> verbs)
    {
        foreach (var piece in text.Split([';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = piece;
            while (true)
            {
                var cut = verbs.Select(v => rest.IndexOf($" and {v} ", StringComparison.OrdinalIgnoreCase))
                    .Concat(verbs.Select(v => rest.IndexOf($", {v} ", StringComparison.OrdinalIgnoreCase))).Where(i => i > 0).DefaultIfEmpty(-1).Min();
                if (cut < 0)
                    break;
                yield return rest[..cut].Trim();
                rest = rest[(cut + (rest[cut] == ',' ? 1 : 4))..].Trim();
            }
            yield return rest;
        }
    }
}
