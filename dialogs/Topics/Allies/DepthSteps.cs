using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics.Allies;

/// <summary>
/// The depth questions about an ally, offered after its pitch ("Keep it, plan more with …") and asked only
/// where they fit: your private read of what drives them; whether a community organization builds leadership
/// and power or provides services; whether the contact is a formal or informal leader and who could introduce
/// you; how long the alliance lasts, who leads, ways of working to respect; boundaries only for allies from a
/// dominant group; and whether they may only give lip service.
/// </summary>
internal static class DepthSteps
{
    private static readonly string[] CommunityOrganizations = [AudienceIds.CommunityOrganizers, AudienceIds.CommunityServiceOrganizations];

    public static IEnumerable<QuestionStep> Create(AllyStepContext s)
    {
        var c = s.Content;
        var kinds = s.Kinds;
        QuestionStep Text(string step, string id, Func<AllyEntry, string?> read, Action<AllyEntry, string?> write, Func<StepView, bool>? when = null) =>
            new(id, AnswerKind.Text)
            {
                ContentStep = step,
                PerAlly = true,
                Depth = true,
                When = when,
                Answered = v => read(v.RequireAlly) is not null,
                Read = v => read(v.RequireAlly),
                Write = (v, a) => write(v.RequireAlly, a.Text),
            };
        QuestionStep Choice(string step, string id, Func<AllyEntry, string?> read, Action<AllyEntry, string?> write, Func<StepView, bool>? when = null,
            Func<StepView, Answer, CancellationToken, Task<StepOutcome>>? after = null) =>
            new(id, AnswerKind.Choice)
            {
                ContentStep = step,
                PerAlly = true,
                Depth = true,
                When = when,
                Answered = v => read(v.RequireAlly) is not null,
                Read = v => c.ChoiceAnswer(step, id, read(v.RequireAlly)),
                Write = (v, a) => write(v.RequireAlly, a.ChoiceId),
                AfterAnswer = after,
            };

        yield return Text(JourneySteps.Exchange, "motives", a => a.Motives, (a, t) => a.Motives = t);
        yield return Choice(JourneySteps.Allies, "organizer-or-service", a => a.OrganizerOrService, (a, id) => a.OrganizerOrService = id,
            v => CommunityOrganizations.Contains(v.RequireAlly.AudienceId), (v, a, ct) => OrganizerOrServiceAsync(c, v, a, ct));
        yield return Choice(JourneySteps.Contact, "leader-type", a => a.Contact.LeaderType, (a, id) => a.Contact.LeaderType = id,
            v => v.RequireAlly.Contact.Name is not null || v.RequireAlly.Contact.Role is not null);
        yield return Text(JourneySteps.Contact, "bridge", a => a.Contact.Bridge, (a, t) => a.Contact.Bridge = t);
        yield return Choice(JourneySteps.Exchange, "duration", a => a.Duration, (a, id) => a.Duration = id);
        yield return Choice(JourneySteps.Exchange, "who-leads", a => a.Lead, (a, id) => a.Lead = id);
        yield return Text(JourneySteps.Exchange, "cultural-differences", a => a.CultureNotes, (a, t) => a.CultureNotes = t);
        yield return Text(JourneySteps.Exchange, "boundaries", a => a.Boundaries, (a, t) => a.Boundaries = t,
            v => kinds.Profile(v.RequireAlly)?.DominantGroup == true);
        yield return Choice(JourneySteps.Exchange, "commitment-check", a => a.Commitment, (a, id) => a.Commitment = id,
            after: (v, a, ct) => CommitmentAsync(c, v, a, ct));
    }

    /// <summary>A group that builds leadership and power is an organizer; one that only serves is not.</summary>
    private static async Task<StepOutcome> OrganizerOrServiceAsync(CoachingContent content, StepView view, Answer answer, CancellationToken cancellationToken)
    {
        var ally = view.RequireAlly;
        var switchTo = (answer.ChoiceId, ally.AudienceId) switch
        {
            ("organizer", AudienceIds.CommunityServiceOrganizations) => AudienceIds.CommunityOrganizers,
            ("service", AudienceIds.CommunityOrganizers) => AudienceIds.CommunityServiceOrganizations,
            _ => null,
        };
        if (switchTo is not null)
        {
            ally.AudienceId = switchTo;
            await view.SayAsync(content, JourneySteps.Allies, "audience-switched", cancellationToken);
        }
        else if (answer.Is("service") || answer.Is("not-sure"))
        {
            await view.SendAsync(content.Tip(JourneySteps.Allies, "organizers-vs-services").Text, cancellationToken);
        }
        return StepOutcome.Continue;
    }

    private static async Task<StepOutcome> CommitmentAsync(CoachingContent content, StepView view, Answer answer, CancellationToken cancellationToken)
    {
        if (answer.Is("lip-service"))
            await view.SendAsync(content.Tip(JourneySteps.Exchange, "plan-for-lip-service").Text, cancellationToken);
        var ally = view.RequireAlly;
        if (ally.Ask is not null && ally.Offer is not null)
            await view.SayAsync(content, JourneySteps.Exchange, "exchange-summary", cancellationToken);
        return StepOutcome.Continue;
    }
}
