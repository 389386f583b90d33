using System.Text.Json.Serialization;

namespace AllyBot.Dialogs.Plan;

/// <summary>
/// What the user is building: the goal, the allies with their stance, contact and value exchange, the saved
/// pitches and how the coalition keeps going. Plain settable classes because the plan round-trips through
/// JSON storage every turn; ids (stance, audience, choices) are the content library's spelling.
/// </summary>
public sealed class CoalitionPlan
{
    public GoalSection Goal { get; set; } = new();

    public AllyBrainstorm Brainstorm { get; set; } = new();

    public List<AllyEntry> Allies { get; set; } = [];

    public List<PitchEntry> Pitches { get; set; } = [];

    public SustainSection Sustain { get; set; } = new();

    /// <summary>True once anything has been answered; an empty plan is not offered for resume or shown.</summary>
    [JsonIgnore]
    public bool HasContent => !string.IsNullOrWhiteSpace(Goal.Statement) || Allies.Count > 0;
}

/// <summary>Step 1: the largest goal, its scope, the issue, a possible solution and what is not the issue.</summary>
public sealed class GoalSection
{
    public string? Statement { get; set; }

    /// <summary>A choice id of the goal step's scope question: broad, narrow, about-right, not-sure.</summary>
    public string? Scope { get; set; }

    public string? Issue { get; set; }

    public string? Solution { get; set; }

    public string? NotTheIssue { get; set; }
}

/// <summary>
/// Step 2's brainstorm: who could help (the names in it become ally candidates), the opposition (private),
/// and the look at gaps afterwards. SharedValues … UnexpectedAllies are the answers of plans made when each
/// was its own question.
/// </summary>
public sealed class AllyBrainstorm
{
    public string? CouldHelp { get; set; }

    public string? SharedValues { get; set; }

    public string? LivedExperience { get; set; }

    public string? Resources { get; set; }

    public string? UnexpectedAllies { get; set; }

    public string? Opposition { get; set; }

    public string? Gaps { get; set; }

    /// <summary>A choice id of the alliance-breadth question: sectoral, wider, not-sure.</summary>
    public string? Breadth { get; set; }
}

/// <summary>Step 6: keeping the coalition together.</summary>
public sealed class SustainSection
{
    public string? FirstTask { get; set; }

    public string? EarlyWin { get; set; }

    /// <summary>A choice id of the meeting-rhythm question.</summary>
    public string? MeetingRhythm { get; set; }

    public string? PointPerson { get; set; }
}
