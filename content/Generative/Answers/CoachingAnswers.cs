using System.Text.Json;
using AllyBot.Content.Drafting;
using AllyBot.Content.Matching;
using AllyBot.Content.Model;

namespace AllyBot.Content.Generative.Answers;

/// Coaching answers from the library. Offline (no caller) the answer is the best passages verbatim, each with
/// its sources named. With a model (caller set) the passages are phrased into a short answer that may cite
/// only them; an answer that cites anything else, invents a fact or drifts off the subject, and any model
/// failure, gives the verbatim answer instead.
public sealed class CoachingAnswers(ContentLibrary library, AudienceMatcher matcher, GenerativeCaller? caller = null) : ICoachingAnswers
{
    public const int MaxOutputTokens = 400;

    private readonly LibraryRetriever _retriever = new(library, matcher);

    public async Task<CoachingAnswer> AnswerAsync(string question, CoachingContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var passages = _retriever.Search(question, context);
        if (passages.Count == 0)
        {
            return new CoachingAnswer(library.Text(GenerativeIds.Step, GenerativeIds.AnswerNoneText), [], [], FromModel: false);
        }
        if (caller is null)
        {
            return Verbatim(passages, null);
        }
        var sourceIds = passages.SelectMany(p => p.Sources).Distinct(StringComparer.Ordinal).ToList();
        var data = new
        {
            Question = question,
            Passages = passages.Select(p => new { p.Id, p.Text, p.Sources }).ToList(),
        };
        var request = ModelPrompt.Build(library, GenerativeFeatures.Answers, [GenerativeIds.AnswerPrompt], data,
            AnswerOutput.SchemaName, AnswerOutput.Schema(sourceIds), MaxOutputTokens);
        var grounding = new Grounding(library, passages.Select(p => p.Text).Append(question));
        var result = await caller.CallAsync(request, text => Check(text, sourceIds, grounding), null, cancellationToken);
        return result.Value is { } output
            ? new CoachingAnswer(WithSources(output.Answer, Sources(output.Sources)), passages, Sources(output.Sources), FromModel: true)
            : Verbatim(passages, result.Failure);
    }

    private static ModelCheck<AnswerOutput> Check(string text, IReadOnlyList<string> allowed, Grounding grounding)
    {
        AnswerOutput? output;
        try
        {
            output = JsonSerializer.Deserialize<AnswerOutput>(text);
        }
        catch (JsonException)
        {
            output = null;
        }
        if (output is not { Answer: { Length: > 0 } answer, Sources: { Count: > 0 } cited })
        {
            return ModelCheck<AnswerOutput>.Reject(FallbackReason.UnreadableOutput, ["The answer is not the answer JSON, or cites nothing."]);
        }
        var problems = new List<string>();
        if (cited.Except(allowed, StringComparer.Ordinal).ToList() is { Count: > 0 } unknown)
        {
            problems.Add($"The answer cites sources it was not given: {string.Join(", ", unknown)}.");
        }
        if (WordLimiter.Count(answer) > AnswerOutput.MaxWords)
        {
            problems.Add($"The answer has {WordLimiter.Count(answer)} words; the limit is {AnswerOutput.MaxWords}.");
        }
        if (grounding.Invented(answer) is { Count: > 0 } invented)
        {
            problems.Add($"The answer names what the passages do not: {string.Join(", ", invented)}.");
        }
        if (grounding.SubjectShare(answer) < Grounding.OnSubjectShare)
        {
            problems.Add("The answer strays from the passages.");
        }
        return problems.Count == 0 ? ModelCheck<AnswerOutput>.Accept(output with { Answer = answer.Trim() }) : ModelCheck<AnswerOutput>.Reject(FallbackReason.FailedChecks, problems);
    }

    private CoachingAnswer Verbatim(IReadOnlyList<LibraryPassage> passages, FallbackReason? fallback)
    {
        var lines = passages.Select(p => $"• {Shown(p)} ({string.Join("; ", Sources(p.Sources).Select(s => s.Title))})");
        var text = library.Text(GenerativeIds.Step, GenerativeIds.AnswerIntroText) + "\n" + string.Join("\n", lines);
        return new CoachingAnswer(text, passages, Sources(passages.SelectMany(p => p.Sources)), FromModel: false, fallback);
    }

    private string Shown(LibraryPassage passage) => passage.Kind == PassageKind.QuestionsToAsk
        ? library.Text(GenerativeIds.Step, GenerativeIds.AnswerQuestionsText) + " " + passage.Text
        : passage.Text;

    private string WithSources(string answer, IReadOnlyList<Source> sources) =>
        answer + "\n" + library.Text(GenerativeIds.Step, GenerativeIds.AnswerSourcesText) + " " + string.Join("; ", sources.Select(s => s.Title));

    private IReadOnlyList<Source> Sources(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal).Where(library.Sources.ContainsKey).Select(library.Source).ToList();
}
