namespace AllyBot.Dialogs.Plan;

/// <summary>
/// Everything AllyBot keeps about one user (or one group conversation): who they are, their plan and where
/// they are in the journey. Stored as one document so export and delete cover it whole.
/// </summary>
public sealed class JourneyRecord
{
    public UserProfile Profile { get; set; } = new();

    public CoalitionPlan Plan { get; set; } = new();

    public JourneyProgress Progress { get; set; } = new();

    /// <summary>Starts a fresh plan; the profile (name, role) is kept because it is about the user, not the plan.</summary>
    public void StartOver()
    {
        Plan = new CoalitionPlan();
        Progress = new JourneyProgress
        {
            LastConversationId = Progress.LastConversationId,
            Conversations = Progress.Conversations,
        };
    }
}

/// <summary>Who the user is: the name to sign pitches with, and a choice id of the welcome step's who-are-you question.</summary>
public sealed class UserProfile
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    /// <summary>True once the welcome questions were asked (answered or skipped).</summary>
    public bool Onboarded { get; set; }
}
