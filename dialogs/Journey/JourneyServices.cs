using AllyBot.Content.Drafting;
using AllyBot.Content.Matching;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Generative;
using AllyBot.Dialogs.Interruptions;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Presentation;

namespace AllyBot.Dialogs.Journey;

/// <summary>What every topic dialog needs, in one injectable bundle so topic constructors stay one line.</summary>
public sealed class JourneyServices(
    CoachingContent content,
    JourneyStore store,
    CommandRecognizer commands,
    PlanPresenter presenter,
    AudienceMatcher matcher,
    IPitchDrafter drafter,
    MeetingBriefDrafter briefs,
    AnswerWords words,
    JourneyGenerative generative)
{
    public CoachingContent Content { get; } = content;
    public JourneyStore Store { get; } = store;
    public CommandRecognizer Commands { get; } = commands;
    public PlanPresenter Presenter { get; } = presenter;
    public AudienceMatcher Matcher { get; } = matcher;
    public IPitchDrafter Drafter { get; } = drafter;
    public MeetingBriefDrafter Briefs { get; } = briefs;
    public AnswerWords Words { get; } = words;

    /// <summary>The generative paths of this deployment (polished pitches, intake, coaching answers; library answers only without a model).</summary>
    public JourneyGenerative Generative { get; } = generative;

    /// <summary>Tells a coaching question from an answer at any open question.</summary>
    public CoachingQuestions Questions { get; } = new(content);
}
