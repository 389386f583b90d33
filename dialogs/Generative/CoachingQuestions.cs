using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Content.Generative.Answers;
using AllyBot.Content.Generative.Pitches;
using AllyBot.Content.Matching;
using AllyBot.Dialogs.Coaching;

namespace AllyBot.Dialogs.Generative;

/// <summary>
/// A message at an open question that asks the coach something ("how do I approach a pastor?", "what if they
/// say no?") rather than answering: it is answered from the library (<see cref="ICoachingAnswers"/>: the best tips
/// verbatim with their sources, or phrased by the model when one is configured and its phrasing passes the
/// checks), and the open question is asked again. Conservative, so real answers are never swallowed: only typed
/// text (never a button or a form), and only when it starts with a question word of the library and ends with
/// "?", or holds one of the library's answer-topic phrases and is asked ("?" at the end, or a question word first
/// and little else: "what if they say no"); a statement such as "they won't commit" stays an answer. Never at
/// a question whose answer may itself be a question (<see cref="Journey.QuestionStep.AcceptsQuestions"/>: the goal,
/// a pitch being edited).
/// </summary>
public sealed class CoachingQuestions
{
    /// <summary>How many words a message may add to an answer-topic phrase and still be taken for it.</summary>
    private const int PhraseSlack = 4;

    private readonly HashSet<string> _questionWords;
    private readonly IReadOnlyList<(string Phrase, int Words)> _phrases;

    public CoachingQuestions(CoachingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _questionWords = GenerativeTexts.Words(content, GenerativeTexts.QuestionWords).ToHashSet(StringComparer.Ordinal);
        _phrases = content.Library.AnswerTopics.Values.SelectMany(t => t.Phrases)
            .Select(p => (p, TextNormalizer.Tokens(p).Count)).Where(p => p.Count > 0).ToList();
    }

    /// <summary>Whether the typed message asks the coach something.</summary>
    public bool IsQuestion(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var typed = text.Trim();
        var asks = typed.EndsWith('?');
        var opener = _questionWords.Contains(FirstWord(typed));
        if (asks && opener)
            return true;
        // "what if they say no" without the "?": a topic phrase, asked with a question word and nothing much else.
        var words = TextNormalizer.Tokens(typed).Count;
        return (asks || opener) && _phrases.Any(p => GeneratedPitchChecks.HasPhrase(typed, p.Phrase) && (asks || words <= p.Words + PhraseSlack));
    }

    /// <summary>
    /// Answers the turn's message when it is a coaching question (and the open question does not take questions
    /// as answers); true when it did, and the caller then asks the open question again.
    /// </summary>
    public async Task<bool> TryAnswerAsync(ITurnContext context, ICoachingAnswers answers, bool questionsAreAnswers, CoachingContext? where, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(answers);
        var activity = context.Activity;
        if (questionsAreAnswers || activity.Type != ActivityTypes.Message || activity.Value is not null || !IsQuestion(activity.Text))
            return false;
        var answer = await answers.AnswerAsync(activity.Text!.Trim(), where, cancellationToken);
        await context.SendActivityAsync(MessageFactory.Text(answer.Text), cancellationToken);
        return true;
    }

    /// <summary>The first word, lower case, with a curly apostrophe made straight ("What’s" → "what's").</summary>
    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’'))
            end++;
        return text[..end].Replace('’', '\'').ToLowerInvariant();
    }
}
