namespace AllyBot.Bot.Starter;

/// <summary>The starter waterfall's answers: its typed step state, and what it keeps per user once confirmed.</summary>
public sealed class StarterPlan
{
    public string? Goal { get; set; }
    public string? Ally { get; set; }
}
