using AllyBot.Content.Drafting;
using AllyBot.Dialogs.Coaching;

namespace AllyBot.Dialogs.Journey;

/// <summary>The values of the library's {placeholders} for a step: the ally, its audience, the user, the goal.</summary>
internal static class JourneyPlaceholders
{
    public static (string Name, string? Value)[] For(StepView view, CoachingContent content)
    {
        var ally = view.Ally;
        // "Sam, Westside Students for Health" signs the pitches; "Welcome back, Sam!" says hello to the person.
        var sender = SenderParser.Parse(view.Record.Profile.Name);
        return
        [
            ("user", sender.Person ?? sender.GroupLine ?? view.Record.Profile.Name),
            ("chapter", sender.GroupLine ?? view.Record.Profile.Name),
            ("goal", Tidy(view.Plan.Goal.Statement)),
            ("issue", Tidy(view.Plan.Goal.Issue)),
            ("solution", Tidy(view.Plan.Goal.Solution)),
            ("ally", ally?.Name),
            ("audience", ally?.AudienceId is { } id ? content.AudienceName(id) : null),
            ("contact", ally?.Contact.Name),
            ("who", ally is null ? null : ally.Contact.Name ?? (ally.Contact.Role is { } role ? Role(content, role) : ally.Name)),
            ("role", ally?.Contact.Role),
            ("ask", Tidy(ally?.Ask)),
            ("offer", Tidy(ally?.Offer)),
            ("stance", ally?.Stance is { } stance ? content.ChoiceTitle("allies", "stance", stance).ToLowerInvariant() : null),
            ("count", view.Plan.Allies.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
    }

    /// <summary>"their executive director": a title said of the ally's contact (the words come from the library).</summary>
    private static string Role(CoachingContent content, string role) =>
        content.Text("contact", "their-role", ("role", role));

    // Answers sit inside sentences of the library ("The issue: {issue}."): no trailing period of their own.
    private static string? Tidy(string? answer) =>
        string.IsNullOrWhiteSpace(answer) ? answer : answer.Trim().TrimEnd('.', ' ');

    public static string Fill(this CoachingContent content, StepView view, string text) =>
        content.Fill(text, For(view, content));

    /// <summary>A library text with the step's placeholders filled; <paramref name="extra"/> adds or overrides values.</summary>
    public static string Text(this CoachingContent content, StepView view, string step, string key, params (string Name, string? Value)[] extra) =>
        content.Text(step, key, [.. For(view, content).Where(v => extra.All(e => e.Name != v.Name)), .. extra]);
}
