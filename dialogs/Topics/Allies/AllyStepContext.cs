using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics.Allies;

/// <summary>What the allies topic's question factories share: the services, the audience helpers, and small plan reads.</summary>
internal sealed class AllyStepContext(JourneyServices services)
{
    public const string MoreAllies = "more-allies";
    public const string Picked = "picked";
    public const string Announced = "announced";

    /// <summary>Per-ally scratch: the kind was picked or corrected (not the one the bot suggested), so it is confirmed once.</summary>
    public const string KindChosen = "kind-chosen";

    public JourneyServices Services { get; } = services;

    public CoachingContent Content => Services.Content;

    public AnswerWords Words => Services.Words;

    public AllyKinds Kinds { get; } = new(services.Content, new AudienceChoices(services.Content, services.Matcher));

    public static bool IsQuick(StepView view) => view.Progress.WholeJourney && view.Progress.Path == JourneyPaths.QuickPitch;

    /// <summary>The candidates from the brainstorm that are not in the plan yet.</summary>
    public IReadOnlyList<string> Candidates(StepView view) => AllyCandidates.From(view.Plan, Words, Kinds);

    public bool HasPitch(StepView view) => view.Ally is { } ally && view.Plan.Pitches.Any(p => p.Ally == ally.Name);

    /// <summary>The audience profile's line for the ally: its first self-interest, ask or offer (written to the ally).</summary>
    public string? ProfileLine(StepView view, Func<AudienceProfile, IReadOnlyList<string>> lines) =>
        Kinds.LikelyProfile(view) is { } profile && lines(profile) is [var first, ..] ? first : null;

    /// <summary>
    /// "Added the nurses' union (labor unions) to your plan.", once, before the ally's first question after a
    /// kind the user picked or corrected (a kind they confirmed was already said in the question).
    /// </summary>
    public async Task AnnounceAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Reason != AskReason.Forward || view.Ally?.AudienceId is null || view.Scratch(KindChosen) is null || view.Scratch(Announced) is not null)
            return;
        view.SetScratch(Announced, "yes");
        await view.SayAsync(Content, JourneySteps.Allies, "ally-added", cancellationToken);
    }

    /// <summary>
    /// Adds an ally by name (at <paramref name="index"/>: renames the one there). An ally named as a person
    /// ("Commissioner Alvarez") is their own contact; "the mayor" gives the contact's title.
    /// </summary>
    public AllyEntry AddAlly(CoalitionPlan plan, string name, int index = -1)
    {
        var ally = index >= 0 && index < plan.Allies.Count ? plan.Allies[index] : null;
        if (ally is null)
        {
            ally = new AllyEntry();
            plan.Allies.Add(ally);
        }
        ally.Name = name.Trim().TrimEnd('.', ' ');
        ally.AudienceId = null;
        if (Kinds.IsPerson(ally))
        {
            // "Dr. Alan Reyes, VP of quality": the person is the ally and the contact; the title goes with the contact.
            var parts = ContactParser.Parse(ally.Name);
            ally.Contact.Name = parts.Name;
            ally.Contact.Role = parts.Title;
            if (parts is { Name: { } person, Title: not null })
                ally.Name = person;
        }
        return ally;
    }
}
