namespace AllyBot.Dialogs.Plan;

/// <summary>
/// Where the user is: the question being asked, the questions answered before it (for "back"), the journey
/// question to resume at, and short-lived answers that are not part of the plan (menu picks, yes/no).
/// </summary>
public sealed class JourneyProgress
{
    /// <summary>How many answered questions "back" can walk through.</summary>
    public const int MaxHistory = 100;

    /// <summary>How many of the user's conversations are remembered (most recent last); older ones are forgotten and their state deleted.</summary>
    public const int MaxConversations = 20;

    /// <summary>The question on screen now, in any topic (menu and meeting prep included).</summary>
    public Position? Current { get; set; }

    /// <summary>The journey question (goal … keeping together) to continue at; null when nothing is in progress.</summary>
    public Position? Resume { get; set; }

    /// <summary>The question a meeting prep interrupted, asked again when the brief is done.</summary>
    public Position? ReturnTo { get; set; }

    /// <summary>True while the user takes the whole journey; false when they jumped to one part.</summary>
    public bool WholeJourney { get; set; }

    /// <summary>Which journey the user chose: <see cref="JourneyPaths.QuickPitch"/> or <see cref="JourneyPaths.FullPlan"/>.</summary>
    public string? Path { get; set; }

    /// <summary>The part the user jumped to from the menu (a library step id: goal, allies, contact…); null in the whole journey.</summary>
    public string? Part { get; set; }

    /// <summary>True when the user went back to a finished part to change it: its answered questions are asked again.</summary>
    public bool Editing { get; set; }

    /// <summary>Questions skipped (or answered with "not sure", "none"…), by position: "continue" does not ask them again.</summary>
    public List<string> Skipped { get; set; } = [];

    /// <summary>The card form on screen ("position|number"); a submit of any other form is stale.</summary>
    public string? OpenForm { get; set; }

    /// <summary>How many card forms were sent, so every form gets its own id.</summary>
    public int FormCount { get; set; }

    /// <summary>What the user typed when asked "prep for it now?": saved as the answer if they say no.</summary>
    public string? PendingText { get; set; }

    /// <summary>Questions answered or skipped, oldest first.</summary>
    public List<Position> History { get; set; } = [];

    /// <summary>Answers that steer the conversation but are not plan content, by "topic/question[#ally]".</summary>
    public Dictionary<string, string> Scratch { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The pitch drafted for review, until the user keeps it.</summary>
    public PitchEntry? PendingPitch { get; set; }

    /// <summary>Which ally the user picked for a pitch or meeting prep outside the whole journey.</summary>
    public int? FocusAlly { get; set; }

    /// <summary>A command waiting for yes/no: cancel, start-over or delete-my-data.</summary>
    public string? PendingConfirmation { get; set; }

    /// <summary>The conversation the user last wrote in; a different one means they came back.</summary>
    public string? LastConversationId { get; set; }

    /// <summary>
    /// The user's conversations with AllyBot that may still hold a dialog stack, least recent first, at most
    /// <see cref="MaxConversations"/>: "delete my data" erases the state of each.
    /// </summary>
    public List<string> Conversations { get; set; } = [];

    /// <summary>
    /// Marks <paramref name="conversationId"/> as the one the user writes in now. Changes nothing (so the plan
    /// is not rewritten) when it is the same conversation as last time. Returns the conversations that fell
    /// off the list: the caller deletes their state before saving, so every conversation that still has state
    /// is listed and "delete my data" covers it.
    /// </summary>
    public IReadOnlyList<string> Seen(string? conversationId)
    {
        if (conversationId is null || (conversationId == LastConversationId && Conversations.Contains(conversationId)))
            return [];
        LastConversationId = conversationId;
        Conversations.Remove(conversationId);
        Conversations.Add(conversationId);
        var excess = Conversations.Count - MaxConversations;
        if (excess <= 0)
            return [];
        var forgotten = Conversations.GetRange(0, excess);
        Conversations.RemoveRange(0, excess);
        return forgotten;
    }

    public void Remember(Position position)
    {
        History.Add(position);
        if (History.Count > MaxHistory)
            History.RemoveRange(0, History.Count - MaxHistory);
    }

    public bool IsSkipped(Position position) => Skipped.Contains(position.ToString());

    public void SetSkipped(Position position, bool skipped)
    {
        Skipped.Remove(position.ToString());
        if (skipped)
            Skipped.Add(position.ToString());
    }

    public string? GetScratch(Position position) => Scratch.GetValueOrDefault(position.ToString());

    public void SetScratch(Position position, string? value)
    {
        if (value is null)
            Scratch.Remove(position.ToString());
        else
            Scratch[position.ToString()] = value;
    }
}
