using AllyBot.Bot.Channels.BotFramework.Teams;
using AllyBot.Builder;
using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Teams;

/// <summary>
/// The Teams middleware in the host's order on the builder's TestAdapter, with a bot that records what it
/// saw (a copy of each activity as it reached it) and answers every message with "echo: {text}" ("choices a,b,c" with those suggested actions; "plain a|b" with
/// the plain-text message "a", line break, "b").
/// </summary>
public sealed class TeamsMiddlewarePipeline
{
    public TeamsMiddlewarePipeline(IStorage? storage = null)
    {
        Storage = storage ?? new MemoryStorage();
        Adapter = new TestAdapter(AllyBot.Builder.Schema.Channels.Msteams);
        Adapter.Use(new TeamsWelcomeMiddleware(Storage))
            .Use(new CardActionInvokeMiddleware())
            .Use(new TeamsMentionMiddleware(Microsoft.Extensions.Logging.Abstractions.NullLogger<TeamsMentionMiddleware>.Instance))
            .Use(new CardSubmitMiddleware())
            .Use(new TeamsChoiceButtonsMiddleware())
            .Use(new TeamsPlainTextMiddleware());
    }

    public TestAdapter Adapter { get; }

    public IStorage Storage { get; }

    /// <summary>What the bot saw, in order.</summary>
    public List<Activity> Seen { get; } = [];

    public async Task<List<Activity>> SendAsync(Activity activity)
    {
        await Adapter.ProcessActivityAsync(activity, BotAsync);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is { } reply)
            replies.Add(reply);
        return replies;
    }

    private async Task BotAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        Seen.Add(BuilderJson.Deserialize<Activity>(BuilderJson.Serialize(activity))!);
        if (activity.Type == ActivityTypes.Message && activity.Text?.StartsWith("choices ", StringComparison.Ordinal) == true)
            await turnContext.SendActivityAsync(MessageFactory.SuggestedActions(activity.Text["choices ".Length..].Split(','), "Pick one"), cancellationToken);
        else if (activity.Type == ActivityTypes.Message && activity.Text?.StartsWith("plain ", StringComparison.Ordinal) == true)
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = activity.Text["plain ".Length..].Replace("|", "\n", StringComparison.Ordinal), TextFormat = TextFormatTypes.Plain }, cancellationToken);
        else if (activity.Type == ActivityTypes.Message)
            await turnContext.SendActivityAsync($"echo: {activity.Text}", cancellationToken: cancellationToken);
        else if (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true)
            await turnContext.SendActivityAsync("welcome", cancellationToken: cancellationToken);
    }
}
