using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// A one-screen meeting prep brief. Text is the rendered brief for display; the other fields are the same
/// content in pieces, for cards or buttons.
public sealed record MeetingBrief(
    string AllyName,
    string AudienceId,
    string AudienceName,
    string? ContactName,
    string? ContactRole,
    IReadOnlyList<string> WhatTheyCareAbout,
    string YourAsk,
    string YourOffer,
    string OpeningLine,
    IReadOnlyList<string> QuestionsToAsk,
    IReadOnlyList<string> Etiquette,
    IReadOnlyList<string> FollowUp,
    string Text,
    IReadOnlyList<string> Sources,
    PitchAngle Angle);
