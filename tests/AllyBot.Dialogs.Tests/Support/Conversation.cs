using AllyBot.Builder.Schema;
using AllyBot.Dialogs.Presentation;

namespace AllyBot.Dialogs.Tests.Support;

/// <summary>
/// A person talking to the bot: every message or form submit counts as one turn, and the transcript holds
/// what they said and everything the bot answered (buttons, forms and pitch messages marked), to print.
/// </summary>
internal sealed class Conversation(JourneyHost host)
{
    /// <summary>More turns than any walk needs: a test that keeps answering past it is stuck, and fails with the transcript.</summary>
    private const int MaxTurns = 300;

    public List<string> Transcript { get; } = [];

    public List<Activity> AllReplies { get; } = [];

    public int Turns { get; private set; }

    public string Log => string.Join("\n", Transcript);

    public async Task<List<Activity>> SayAsync(string text)
    {
        NextTurn();
        var replies = await host.SayAsync(text);
        Add($"[{Turns}] > {text}", replies);
        return replies;
    }

    /// <summary>Fills in the form on screen (values by question id; the rest as the card filled them in) and submits it.</summary>
    public async Task<List<Activity>> SubmitFormAsync(IReadOnlyDictionary<string, string>? values = null, FormView? form = null)
    {
        form ??= LastForm ?? throw new InvalidOperationException("No form on screen.\n" + Log);
        var submitted = new Dictionary<string, string>();
        foreach (var input in form.Inputs)
        {
            var field = input[FormCard.InputPrefix.Length..];
            submitted[field] = values?.GetValueOrDefault(field)
                ?? (form.Input(field).TryGetProperty("value", out var value) ? value.GetString() ?? "" : "");
        }
        NextTurn();
        var replies = await host.SubmitFormAsync(form.FormId, submitted);
        Add($"[{Turns}] > [form] " + string.Join("; ", submitted.Where(v => v.Value.Length > 0).Select(v => $"{v.Key}: {v.Value}")), replies);
        return replies;
    }

    /// <summary>A card button pressed (<c>value = {"choice": …}</c>).</summary>
    public async Task<List<Activity>> PressAsync(string choice, bool textToo = false)
    {
        NextTurn();
        var replies = await host.SubmitAsync(choice, textToo);
        Add($"[{Turns}] > [button] {choice}", replies);
        return replies;
    }

    private void NextTurn()
    {
        if (++Turns > MaxTurns)
            throw new InvalidOperationException($"The conversation went past {MaxTurns} turns without ending; the last ones:\n{string.Join("\n", Transcript.TakeLast(40))}");
    }

    public FormView? LastForm => AllReplies.Select(FormView.Read).LastOrDefault(f => f is not null);

    /// <summary>The turn in which the first message carrying a pitch arrived, or null.</summary>
    public int? FirstPitchTurn { get; private set; }

    private void Add(string said, List<Activity> replies)
    {
        Transcript.Add(said);
        foreach (var reply in replies)
            Transcript.Add(Describe(reply));
        AllReplies.AddRange(replies);
        if (FirstPitchTurn is null && replies.Any(r => PitchEntity.VersionOf(r) is not null))
            FirstPitchTurn = Turns;
    }

    public static string Describe(Activity reply)
    {
        if (FormView.Read(reply) is { } form)
            return $"    [form] {form.Title}\n" + string.Join("\n", form.Labels.Select(l => $"      - {l}"));
        if (reply.Type != ActivityTypes.Message)
            return $"    [{reply.Type} {reply.Name}]";
        var pitch = PitchEntity.VersionOf(reply) is { } version ? $"[pitch: {version}] " : "";
        var card = reply.Attachments is { Count: > 0 } ? "[+ card] " : "";
        var buttons = reply.SuggestedActions?.Actions is { Count: > 0 } actions ? $"\n      [{string.Join(" | ", actions.Select(a => a.Title))}]" : "";
        return "    " + pitch + card + (reply.Text ?? "").Replace("\n", "\n    ", StringComparison.Ordinal) + buttons;
    }
}
