namespace AllyBot.Content.Model;

/// An instruction for the language model (generative/*.yaml 'prompts'): the system prompt, a task, a tone.
/// Prompts are content: C# sends them as they are and never writes instructions of its own.
public sealed record Prompt(string Id, string Text, IReadOnlyList<string> Sources);

/// A curated way into the library for coaching answers (generative/*.yaml 'answer-topics'): how people ask
/// about something ("what if they say no?") and the tips (step/tip ids) that answer it.
public sealed record AnswerTopic(string Id, IReadOnlyList<string> Phrases, IReadOnlyList<string> Tips, IReadOnlyList<string> Sources);

/// The ids the generative code uses; lint checks each exists (see LibraryValidator).
public static class GenerativeIds
{
    /// The coaching step holding the generative features' user-facing texts (coaching/generative.yaml).
    public const string Step = "generative";

    public const string SystemPrompt = "system";
    public const string PitchPrompt = "pitch-polish";
    public const string AnotherVersionPrompt = "another-version";
    public const string MoreFormalPrompt = "tone-more-formal";
    public const string ShorterPrompt = "tone-shorter";
    public const string WarmerPrompt = "tone-warmer";
    public const string AnswerPrompt = "answer-phrasing";
    public const string IntakePrompt = "intake-extraction";

    public static readonly IReadOnlyList<string> Prompts =
        [SystemPrompt, PitchPrompt, AnotherVersionPrompt, MoreFormalPrompt, ShorterPrompt, WarmerPrompt, AnswerPrompt, IntakePrompt];

    /// Said with a pitch when the template draft is shown instead of a polished one.
    public const string StandardDraftText = "standard-draft";
    /// Said instead when the person has used up their generative calls for now.
    public const string StandardDraftBusyText = "standard-draft-busy";
    /// Opens a coaching answer made of library tips.
    public const string AnswerIntroText = "answer-intro";
    /// Said when no tip in the library fits a question.
    public const string AnswerNoneText = "answer-none";
    /// Leads an audience's questions-to-ask in a coaching answer.
    public const string AnswerQuestionsText = "answer-questions";
    /// Leads the source titles under a coaching answer.
    public const string AnswerSourcesText = "answer-sources";

    public static readonly IReadOnlyList<string> Texts =
        [StandardDraftText, StandardDraftBusyText, AnswerIntroText, AnswerNoneText, AnswerQuestionsText, AnswerSourcesText];
}
