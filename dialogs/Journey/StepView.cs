using AllyBot.Builder;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Journey;

/// <summary>What a question step sees: the turn, the user's record, and the position being asked or answered.</summary>
public sealed class StepView(ITurnContext context, JourneyRecord record, Position position, AskReason reason = AskReason.Forward)
{
    public ITurnContext Context { get; } = context;

    public JourneyRecord Record { get; } = record;

    public Position Position { get; } = position;

    public AskReason Reason { get; } = reason;

    public CoalitionPlan Plan => Record.Plan;

    public JourneyProgress Progress => Record.Progress;

    public int AllyIndex => Position.Ally;

    /// <summary>The ally the question is about, or null for questions not about one ally (or an ally not added yet).</summary>
    public AllyEntry? Ally => AllyIndex >= 0 && AllyIndex < Plan.Allies.Count ? Plan.Allies[AllyIndex] : null;

    /// <summary>The ally, which must exist for a per-ally question.</summary>
    public AllyEntry RequireAlly => Ally ?? throw new InvalidOperationException($"No ally at {Position}.");

    /// <summary>A short-lived answer to another question about the same ally (e.g. "more-allies").</summary>
    public string? Scratch(string question) => Progress.GetScratch(Position with { Question = question });

    public void SetScratch(string question, string? value) => Progress.SetScratch(Position with { Question = question }, value);

    /// <summary>The same ally and turn, at another question of the topic (a field of a form).</summary>
    public StepView At(string question) => new(Context, Record, Position with { Question = question }, Reason);

    public Task SendAsync(string text, CancellationToken cancellationToken) =>
        Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
}
