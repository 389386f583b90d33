namespace AllyBot.Content.Generative.Answers;

public enum PassageKind
{
    /// A tip of a coaching step (Id "step/tip-id").
    Tip,
    /// One line of an audience's approach (Id "audience-id/approach-n").
    Approach,
    /// An audience's questions to ask, together (Id "audience-id/questions").
    QuestionsToAsk,
    /// Why a coaching question is asked (Id "step/question-id").
    QuestionHelp,
}

/// A piece of the library a coaching answer can quote. AudienceId is set for an audience's approach and
/// questions; SearchText is what retrieval matches (the text plus the words it is about).
public sealed record LibraryPassage(string Id, PassageKind Kind, string Text, IReadOnlyList<string> Sources, string? AudienceId, string SearchText);

/// Where the person is when they ask: the ally being discussed (its audience id) and the journey step.
/// Nothing else from the plan is used, and none of it is sent to the model.
public sealed record CoachingContext(string? AudienceId = null, string? StepId = null);
