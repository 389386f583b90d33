namespace AllyBot.Dialogs.Plan;

/// <summary>One ally in the plan: who they are, where they stand, who to talk to and the value exchange.</summary>
public sealed class AllyEntry
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The audience profile id the ally is treated as (e.g. "labor-unions"); null until confirmed.</summary>
    public string? AudienceId { get; set; }

    /// <summary>A stance id on the spectrum of allies: active-ally, passive-ally, neutral, passive-opposition, active-opposition.</summary>
    public string? Stance { get; set; }

    /// <summary>organizer, service or not-sure (asked for groups that may be community organizers).</summary>
    public string? OrganizerOrService { get; set; }

    public ContactInfo Contact { get; set; } = new();

    public string? SelfInterest { get; set; }

    /// <summary>A choice id of the ask question (time, money, action) when the user picked a kind first.</summary>
    public string? AskKind { get; set; }

    public string? Ask { get; set; }

    public string? Offer { get; set; }

    /// <summary>A choice id of the duration question: one-project, ongoing, not-sure.</summary>
    public string? Duration { get; set; }

    /// <summary>A choice id of the who-leads question: we-lead, they-lead, shared, not-sure.</summary>
    public string? Lead { get; set; }

    public string? CultureNotes { get; set; }

    public string? Boundaries { get; set; }

    /// <summary>A choice id of the commitment-check question: committed, unsure, lip-service.</summary>
    public string? Commitment { get; set; }

    /// <summary>The user's private read of what drives the ally: for the plan and meeting briefs, never for a pitch.</summary>
    public string? Motives { get; set; }
}

/// <summary>The best person to talk to at an ally, and who can introduce you.</summary>
public sealed class ContactInfo
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    /// <summary>formal, informal or not-sure.</summary>
    public string? LeaderType { get; set; }

    public string? Bridge { get; set; }

    /// <summary>What else the user said about the contact ("Everyone in the recovery community knows her."): private.</summary>
    public string? Note { get; set; }
}

/// <summary>A pitch the user kept for an ally (possibly edited).</summary>
public sealed class PitchEntry
{
    public string Ally { get; set; } = string.Empty;

    public string AudienceId { get; set; } = string.Empty;

    /// <summary>The angle id: common-values, storytelling, non-confrontational.</summary>
    public string Angle { get; set; } = string.Empty;

    public string Short { get; set; } = string.Empty;

    public string Long { get; set; } = string.Empty;

    public List<string> TalkingPoints { get; set; } = [];

    public List<string> WordsToAvoid { get; set; } = [];

    public List<string> Sources { get; set; } = [];

    /// <summary>The email subject line of a polished pitch (null for the template drafter's).</summary>
    public string? Subject { get; set; }

    /// <summary>True when the user changed the drafted text.</summary>
    public bool Edited { get; set; }
}
