using AllyBot.Bot.Channels.Slack.BlockKit;
using AllyBot.Bot.Channels.Slack.Inbound;
using AllyBot.Bot.Channels.Slack.WebApi;
using AllyBot.Bot.Hosting;
using AllyBot.Builder;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.Slack;

/// <summary>
/// The Slack channel's adapter: turns run through the shared <see cref="ChannelAdapterBase"/> machinery
/// (turn gate, de-duplication, middleware, error handler); replies are rendered as Block Kit and posted with
/// <c>chat.postMessage</c> to the place the conversation id names: the DM channel, or the channel thread.
/// Typing, event and other non-message activities are not posted. There is no serviceUrl on this channel.
/// </summary>
public sealed partial class SlackAdapter(ChannelTurnServices services, SlackWebApiClient client) : ChannelAdapterBase(services)
{
    /// <summary>Block Kit shows our cards as text and buttons, not as Adaptive Card forms: one question at a time.</summary>
    protected override ChannelCapabilities CapabilitiesFor(Activity activity) => ChannelCapabilities.TextOnly;

    protected override async Task<ResourceResponse> SendActivityToChannelAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var messages = BlockKitRenderer.Render(activity);
        if (messages.Count == 0)
            return new ResourceResponse();

        var conversationId = activity.Conversation?.Id ?? turnContext.Activity.Conversation?.Id;
        if (!SlackConversationId.TryParse(conversationId, out var target))
            throw new InvalidOperationException("A Slack reply needs a conversation id of the form {team}:{channel}[:{thread_ts}].");

        string? lastTs = null;
        foreach (var message in messages)
        {
            var posted = await client.PostMessageAsync(new SlackPostMessage(target.Channel, message.Text, message.Blocks, target.ThreadTs), cancellationToken);
            lastTs = posted.Ts;
        }
        LogPosted(messages.Count, activity.Type, target.Team);
        return new ResourceResponse(lastTs);
    }

    /// <summary>An event's retries repeat its <c>event_id</c>: that names the delivery (the endpoint checks the same key before queueing).</summary>
    protected override string? DeliveryKey(Activity activity) =>
        BuilderJson.Convert<SlackChannelData>(activity.ChannelData)?.EventId is { Length: > 0 } eventId
            ? Turns.SlackEventDeduplicator.KeyFor(eventId)
            : base.DeliveryKey(activity);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Posted {Count} Slack message(s) for a {ActivityType} activity in team {Team}")]
    private partial void LogPosted(int count, string? activityType, string team);
}
