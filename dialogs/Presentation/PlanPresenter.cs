using System.Text;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Presentation;

/// <summary>
/// Sends what the user asks to see: the plan (card + plain-text fallback + plan event), the Markdown export,
/// a question's help and examples, and a drafted pitch. All words come from the library.
/// </summary>
public sealed class PlanPresenter(CoachingContent content)
{
    public async Task ShowPlanAsync(ITurnContext context, JourneyRecord record, CancellationToken cancellationToken, string? header = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        if (!record.Plan.HasContent)
        {
            await SendAsync(context, content.Text("interruptions", "plan-empty"), cancellationToken);
            return;
        }
        var outline = PlanOutline.Build(record, content);
        var buttons = new CardButtons(content.Text("plan", "button-export"), content.Text("plan", "button-menu"), content.Text("plan", "button-delete"));
        var card = MessageFactory.Attachment(
            PlanCard.Build(outline, buttons),
            header ?? content.Text("interruptions", "plan-header", ("goal", outline.Goal)));
        card.Summary = PlanText.Plain(outline);
        await context.SendActivityAsync(card, cancellationToken);
        if (PlanEvent.IsSentOn(context.Activity.ChannelId))
            await context.SendActivityAsync(PlanEvent.Create(record.Plan), cancellationToken);
    }

    /// <summary>Everything kept about the user, as Markdown: who they are and the whole plan.</summary>
    public async Task ExportAsync(ITurnContext context, JourneyRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        await SendAsync(context, content.Text("interruptions", "export-ready"), cancellationToken);
        var about = new List<PlanFact>();
        if (!string.IsNullOrWhiteSpace(record.Profile.Name))
            about.Add(new PlanFact(content.Text("plan", "name"), record.Profile.Name));
        if (record.Profile.Role is { } role)
            about.Add(new PlanFact(content.Text("plan", "role"), content.ChoiceTitle("welcome", "who-are-you", role)));
        var markdown = MessageFactory.Text(PlanText.Markdown(PlanOutline.Build(record, content), about));
        markdown.TextFormat = TextFormatTypes.Markdown;
        await context.SendActivityAsync(markdown, cancellationToken);
    }

    /// <summary>"Right now we're on: {topic}. {why the question is asked}" and an example or two.</summary>
    public Task SendQuestionHelpAsync(ITurnContext context, string contentStep, string questionId, string topicId, CancellationToken cancellationToken)
    {
        var question = content.Question(contentStep, questionId);
        var text = new StringBuilder(content.Text("interruptions", "help-in-step", ("step", TopicTitle(topicId)), ("topic", question.Help)));
        AppendList(text, content.Text("interruptions", "for-example"), question.Examples.Take(2));
        return SendAsync(context, text.ToString(), cancellationToken);
    }

    /// <summary>The question's examples and the step's worked examples from the field guides.</summary>
    public Task SendExamplesAsync(ITurnContext context, string contentStep, string questionId, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        AppendList(text, content.Text("interruptions", "for-example"), content.Question(contentStep, questionId).Examples);
        AppendList(text, content.Text("interruptions", "from-the-guides"), content.Examples(contentStep).Select(e => e.Text).Take(3));
        return SendAsync(context, text.ToString().Trim(), cancellationToken);
    }

    /// <summary>
    /// A drafted pitch, ready to copy: <paramref name="intro"/>, then the short and the long version as two
    /// plain messages holding only the pitch text (each with a <see cref="PitchEntity"/>, so a client can offer
    /// a Copy button), then the talking points, the words to avoid and a hint.
    /// </summary>
    public async Task ShowPitchAsync(ITurnContext context, PitchEntry pitch, string intro, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(pitch);
        await SendAsync(context, intro, cancellationToken);
        await context.SendActivityAsync(PitchEntity.Message(pitch.Short, PitchEntity.Short, pitch.Ally), cancellationToken);
        await context.SendActivityAsync(PitchEntity.Message(pitch.Long, PitchEntity.Long, pitch.Ally), cancellationToken);

        var message = MessageFactory.Text(PitchNotes(pitch));
        message.TextFormat = TextFormatTypes.Markdown;
        await context.SendActivityAsync(message, cancellationToken);
    }

    /// <summary>What is sent after a pitch's two versions (Markdown): the talking points, the words to avoid and a hint.</summary>
    public string PitchNotes(PitchEntry pitch)
    {
        ArgumentNullException.ThrowIfNull(pitch);
        var audience = content.AudienceName(pitch.AudienceId);
        var notes = new StringBuilder();
        if (pitch.TalkingPoints.Count > 0)
        {
            notes.Append("**").Append(content.Text("pitches", "talking-points-label")).Append("**");
            foreach (var point in pitch.TalkingPoints)
                notes.AppendLine().Append("- ").Append(point);
            notes.AppendLine().AppendLine();
        }
        // The talking points often name the words to avoid already; say them once.
        var avoid = string.Join(", ", pitch.WordsToAvoid);
        if (avoid.Length > 0 && !pitch.TalkingPoints.Any(p => p.Contains(avoid, StringComparison.Ordinal)))
        {
            notes.Append("**").Append(content.Text("pitches", "words-to-avoid-label", ("audience", audience))).Append(":** ")
                .AppendLine(avoid).AppendLine();
        }
        notes.Append(content.Text("pitches", "copied-hint"));
        return notes.ToString();
    }

    public string TopicTitle(string topicId) =>
        content.Library.Step("interruptions").Texts.TryGetValue($"title-{topicId}", out var title) ? title : topicId;

    private static void AppendList(StringBuilder text, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
            return;
        if (text.Length > 0)
            text.AppendLine().AppendLine();
        text.Append(title);
        foreach (var item in list)
            text.AppendLine().Append("- ").Append(item);
    }

    private static Task SendAsync(ITurnContext context, string text, CancellationToken cancellationToken) =>
        context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
}
