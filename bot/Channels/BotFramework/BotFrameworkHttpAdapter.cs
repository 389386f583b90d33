using AllyBot.Bot.Channels.BotFramework.Streaming;
using AllyBot.Bot.Hosting;
using AllyBot.Builder;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.BotFramework;

/// <summary>
/// The Bot Framework channel (Teams, Azure Bot Service, the Emulator, the Agents Playground): replies go to
/// the inbound activity's <c>serviceUrl</c> through the <see cref="ConnectorClient"/> — as a threaded reply
/// when they answer an activity, else at the end of the conversation. <c>expectReplies</c> turns never get
/// here: their replies are buffered and returned in the HTTP response (<see cref="BotFrameworkEndpoints"/>).
/// </summary>
public sealed class BotFrameworkHttpAdapter(ChannelTurnServices services, ConnectorClient connector) : ChannelAdapterBase(services)
{
    /// <summary>Teams, Web Chat, Direct Line and the Emulator render Adaptive Card inputs; other Bot Framework channels do not.</summary>
    protected override ChannelCapabilities CapabilitiesFor(Activity activity) => ChannelCapabilities.ForChannel(activity.ChannelId);

    protected override Task<ResourceResponse> SendActivityToChannelAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        TeamsStreamFinal.IsFinal(activity)
            ? TeamsStreamFinal.SendAsync(activity, a => SendAsync(turnContext, a, cancellationToken), Logger)
            : SendAsync(turnContext, activity, cancellationToken);

    private Task<ResourceResponse> SendAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Route(turnContext, activity);
        return string.IsNullOrEmpty(activity.ReplyToId) || AnswersProactiveTrigger(turnContext, activity)
            ? connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)
            : connector.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken);
    }

    protected override Task<ResourceResponse> UpdateActivityOnChannelAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id, nameof(activity));
        var (serviceUrl, conversationId) = Route(turnContext, activity);
        return connector.UpdateActivityAsync(serviceUrl, conversationId, activity.Id, activity, cancellationToken);
    }

    protected override Task DeleteActivityOnChannelAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(reference.ActivityId, nameof(reference));
        var serviceUrl = reference.ServiceUrl ?? turnContext.Activity.ServiceUrl
            ?? throw new InvalidOperationException("No serviceUrl to delete the activity at.");
        var conversationId = reference.Conversation?.Id ?? turnContext.Activity.Conversation?.Id
            ?? throw new InvalidOperationException("No conversation to delete the activity from.");
        return connector.DeleteActivityAsync(serviceUrl, conversationId, reference.ActivityId, cancellationToken);
    }

    // A proactive turn starts from a made-up continueConversation event whose id the channel never saw;
    // replying "to" it would address a non-existent activity, so such replies go to the conversation.
    private static bool AnswersProactiveTrigger(ITurnContext turnContext, Activity activity) =>
        turnContext.Activity is { Type: ActivityTypes.Event, Name: ActivityEventNames.ContinueConversation } trigger
        && activity.ReplyToId == trigger.Id;

    private static (string ServiceUrl, string ConversationId) Route(ITurnContext turnContext, Activity activity) =>
    (
        activity.ServiceUrl ?? turnContext.Activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl to send to."),
        activity.Conversation?.Id ?? turnContext.Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation to send to.")
    );
}
