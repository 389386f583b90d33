using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// What the coalition wants: the goal, the issue it addresses and a possible solution. NotTheIssue is the
/// topic the user keeps off the table: a private note that never appears in text addressed to an ally.
public sealed record GoalInfo(string Statement, string? Issue = null, string? Solution = null, string? NotTheIssue = null);

/// The ally being pitched. Empty SelfInterest/Ask/Offer are filled from the audience profile's typical ones.
public sealed record AllyInfo(
    string Name,
    string AudienceId,
    AllyStance Stance = AllyStance.PassiveAlly,
    string? SelfInterest = null,
    string? Ask = null,
    string? Offer = null,
    string? ContactName = null,
    string? ContactRole = null);

/// Everything a drafter needs. SenderName is the user's or chapter's name, if known. PrivateNotes are what the
/// user told the bot about the ally and the campaign that must never reach the ally (their read of the ally's
/// motives, the opposition, the lip-service judgement, the contact note, the topic kept off the table): a
/// drafter never uses them, and PitchValidator rejects a pitch that contains one.
public sealed record PitchRequest(
    GoalInfo Goal,
    AllyInfo Ally,
    PitchAngle Angle = PitchAngle.CommonValues,
    string? SenderName = null,
    IReadOnlyList<string>? PrivateNotes = null);
