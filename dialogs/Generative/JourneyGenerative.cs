using AllyBot.Content.Drafting;
using AllyBot.Content.Generative.Answers;
using AllyBot.Content.Generative.Intake;
using AllyBot.Content.Generative.Pitches;

namespace AllyBot.Dialogs.Generative;

/// <summary>
/// What the journey's generative paths can use in this deployment. <see cref="Answers"/> is always there (the
/// library's own answers without a model). <see cref="Polished"/> is set when the registered pitch drafter can
/// write variants and stream (a model is configured and the pitch feature is on): then the pitch is streamed and
/// "another version", "more formal", "shorter" and "warmer" are offered. <see cref="Intake"/> is set when free-form
/// intake is on. Without a model the journey is exactly the question-by-question one.
/// </summary>
public sealed class JourneyGenerative(IPitchDrafter drafter, ICoachingAnswers answers, IIntakeExtractor? intake = null)
{
    public IPitchVariantDrafter? Polished { get; } = drafter as IPitchVariantDrafter;

    public ICoachingAnswers Answers { get; } = answers ?? throw new ArgumentNullException(nameof(answers));

    public IIntakeExtractor? Intake { get; } = intake;
}
