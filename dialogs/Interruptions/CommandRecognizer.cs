using System.Text.Json;
using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Builder.Schema;
using AllyBot.Dialogs.Coaching;

namespace AllyBot.Dialogs.Interruptions;

/// <summary>The words a user can say at any question; ids are the library's command choice ids.</summary>
public static class Commands
{
    public const string Help = "help";
    public const string Examples = "examples";
    public const string Back = "back";
    public const string Skip = "skip";
    public const string Cancel = "cancel";
    public const string StartOver = "start-over";
    public const string Menu = "menu";
    public const string Plan = "plan";
    public const string Export = "export";
    public const string DeleteMyData = "delete-my-data";
    public const string MeetingPrep = "meeting-prep";
    public const string Continue = "continue";

    /// <summary>Not a word to type: a sentence at a free-text question that sounds like a meeting coming up (asked about before it is saved).</summary>
    public const string MaybeMeetingPrep = "maybe-meeting-prep";

    /// <summary>
    /// Every command id declared here (read from the constants, so a new command is never forgotten); lint
    /// rejects any other command id in the library. One declared but not handled gets "I can't do that yet".
    /// </summary>
    public static IReadOnlyList<string> All { get; } = typeof(Commands)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    /// <summary>Commands that need a yes before they act.</summary>
    public static bool NeedsConfirmation(string command) => command is Cancel or StartOver or DeleteMyData or MaybeMeetingPrep;
}

/// <summary>
/// Recognizes a command in a message: the whole message must be one of the command words (so "back" is a
/// command but "back pain clinic" is an answer), or, for meeting prep, start with one of the opener phrases.
/// "prep …" works anywhere. Where no free-text answer is expected, natural openers ("I'm meeting the union
/// president in an hour", "meeting with …", "can you help me prep for …") start meeting prep too. Where a
/// free-text answer is expected they only do when the sentence is clearly about a meeting (a time such as
/// "in an hour", or a request such as "can you help me prep"), and then as <see cref="Commands.MaybeMeetingPrep"/>,
/// which is checked with the person; so a goal like "Meeting with every school board" stays an answer.
/// Card buttons send <c>{"choice": "export"}</c> in value.
/// Words come from the library: interruptions/commands, interruptions/more-commands, prep/meeting-openers
/// (choice "prep" = the explicit openers, "request" = asking for help with a meeting).
/// </summary>
public sealed class CommandRecognizer
{
    private const string ExplicitOpeners = "prep";
    private const string Requests = "request";

    private static readonly FindChoicesOptions WholeMessageOnly = new()
    {
        AllowPartialMatches = false,
        RecognizeNumbers = false,
        RecognizeOrdinals = false,
    };

    private readonly List<Choice> _commands;
    private readonly List<Opener> _openers;

    public CommandRecognizer(CoachingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _commands =
        [
            .. ChoiceList.From(content.Question("interruptions", "commands").Choices),
            .. ChoiceList.From(content.Question("interruptions", "more-commands").Choices),
        ];
        _openers = content.Question("prep", "meeting-openers").Choices
            .SelectMany(c => c.Synonyms.Append(c.Title).Select(s => new Opener(Words(s), c.Id == ExplicitOpeners, c.Id == Requests)))
            .Where(o => o.Words.Count > 0)
            .DistinctBy(o => string.Join(' ', o.Words))
            .OrderByDescending(o => o.Words.Count)
            .ThenByDescending(o => o.Explicit)
            .ToList();
    }

    /// <summary>
    /// The command id, or null when the message is an answer. <paramref name="freeTextOpen"/>: a free-text
    /// question is waiting for its answer, so only "prep …" starts meeting prep.
    /// </summary>
    public string? Recognize(Activity activity, bool freeTextOpen = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message)
            return null;
        foreach (var answer in Answers(activity))
        {
            var found = ChoiceRecognizers.RecognizeChoices(answer, _commands, WholeMessageOnly);
            if (found.Count > 0)
                return found[0].Value;
        }
        if (FindOpener(activity.Text, explicitOnly: freeTextOpen) is not null)
            return Commands.MeetingPrep;
        return freeTextOpen && ClearlyAboutAMeeting(activity.Text) ? Commands.MaybeMeetingPrep : null;
    }

    /// <summary>"I'm meeting X in an hour", "… can you help me prep?": an opener with a time, or a request for help with a meeting.</summary>
    private bool ClearlyAboutAMeeting(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return false;
        if (_openers.Any(o => o.Request && MeetingSubjectText.Contains(text, o.Words)))
            return true;
        return FindOpener(text, explicitOnly: false) is { } rest && MeetingSubjectText.EndsWithTime(rest);
    }

    /// <summary>
    /// "I'm meeting Dr. Lee, our dean, tomorrow" → "Dr. Lee, our dean" (as typed, time words dropped);
    /// null when no opener; empty for a bare "prep".
    /// </summary>
    public string? MeetingSubject(string? text)
    {
        if (FindOpener(text, explicitOnly: false) is not { } rest)
            return null;
        // "Prep for a meeting" (the button) names no one.
        if (ChoiceRecognizers.RecognizeChoices(text, _commands, WholeMessageOnly) is [{ Value: Commands.MeetingPrep }, ..])
            return string.Empty;
        // "prep: I'm meeting the pastor" — a natural opener after "prep" is part of the command too.
        if (FindOpener(rest, explicitOnly: false) is { } inner)
            rest = inner;
        // "the tenant union president in an hour, can you help me prep?" — the request is not who.
        foreach (var request in _openers.Where(o => o.Request))
            rest = MeetingSubjectText.Before(rest, request.Words);
        return MeetingSubjectText.Clean(rest);
    }

    private string? FindOpener(string? text, bool explicitOnly)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        foreach (var opener in _openers)
        {
            if (explicitOnly && !opener.Explicit)
                continue;
            if (MeetingSubjectText.After(text, opener.Words) is { } rest && (rest.Trim().Length > 0 || opener.Explicit || opener.Request))
                return rest;
        }
        return null;
    }

    private static List<string> Words(string phrase) =>
        phrase.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(MeetingSubjectText.Normalize).Where(w => w.Length > 0).ToList();

    private sealed record Opener(List<string> Words, bool Explicit, bool Request);

    private static IEnumerable<string> Answers(Activity activity)
    {
        if (ValueChoice(activity.Value) is { } fromValue)
            yield return fromValue;
        if (!string.IsNullOrWhiteSpace(activity.Text))
            yield return activity.Text;
    }

    /// <summary>The <c>choice</c> field of a card submit, if any.</summary>
    internal static string? ValueChoice(object? value)
    {
        return BuilderJson.ReadElement(value) is { ValueKind: JsonValueKind.Object } element
               && element.TryGetProperty("choice", out var choice)
               && choice.ValueKind == JsonValueKind.String
            ? choice.GetString()
            : null;
    }
}
