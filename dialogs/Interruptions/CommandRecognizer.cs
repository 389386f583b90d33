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

    /// <summary>Commands that need a yes before they act.</summary>
    public static bool NeedsConfirmation(string command) => command is Cancel or StartOver or DeleteMyData;
}

/// <summary>
/// Recognizes a command in a message: the whole message must be one of the command words (so "back" is a
/// command but "back pain clinic" is an answer), or, for meeting prep, start with one of the opener phrases
/// ("I'm meeting the union president in an hour"). Card buttons send <c>{"choice": "export"}</c> in value.
/// Words come from the library: interruptions/commands, interruptions/more-commands, prep/meeting-openers.
/// </summary>
public sealed class CommandRecognizer
{
    private static readonly FindChoicesOptions WholeMessageOnly = new()
    {
        AllowPartialMatches = false,
        RecognizeNumbers = false,
        RecognizeOrdinals = false,
    };

    private readonly List<Choice> _commands;
    private readonly List<string> _openers;

    public CommandRecognizer(CoachingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _commands =
        [
            .. ChoiceList.From(content.Question("interruptions", "commands").Choices),
            .. ChoiceList.From(content.Question("interruptions", "more-commands").Choices),
        ];
        _openers = content.Question("prep", "meeting-openers").Choices
            .SelectMany(c => c.Synonyms.Append(c.Title))
            .Select(Normalize)
            .Where(o => o.Length > 0)
            .OrderByDescending(o => o.Length)
            .ToList();
    }

    /// <summary>The command id, or null when the message is an answer.</summary>
    public string? Recognize(Activity activity)
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
        return MeetingSubject(activity.Text) is not null ? Commands.MeetingPrep : null;
    }

    /// <summary>"I'm meeting the union president in an hour" → "the union president in an hour"; null when no opener.</summary>
    public string? MeetingSubject(string? text)
    {
        var normalized = Normalize(text);
        foreach (var opener in _openers)
        {
            if (normalized.StartsWith(opener + " ", StringComparison.Ordinal))
                return normalized[(opener.Length + 1)..].Trim();
        }
        return null;
    }

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
        if (value is null)
            return null;
        try
        {
            var element = BuilderJson.Convert<JsonElement>(value);
            return element.ValueKind == JsonValueKind.Object
                   && element.TryGetProperty("choice", out var choice)
                   && choice.ValueKind == JsonValueKind.String
                ? choice.GetString()
                : null;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }

    // Lower case, apostrophes dropped ("I'm" = "im"), other punctuation as spaces, single spaces.
    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;
        var chars = text.ToLowerInvariant()
            .Where(c => c is not ('\'' or '’'))
            .Select(c => char.IsLetterOrDigit(c) ? c : ' ')
            .ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
