using AllyBot.Bot.Hosting;
using AllyBot.Builder;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line channel: turns run through the shared machinery of <see cref="ChannelAdapterBase"/> (turn
/// gate, de-duplication, middleware, error handler), and replies are not POSTed anywhere — they join the
/// conversation's feed, where polling clients and open WebSockets pick them up. Typing goes to live streams only.
/// </summary>
public sealed class DirectLineAdapter(
    ChannelTurnServices services,
    IDirectLineConversationStore store,
    DirectLineActivityFactory factory) : ChannelAdapterBase(services), IDirectLineTurnHandler
{
    /// <summary>Our Direct Line clients (Web Chat, DirectLineJS) render Adaptive Card inputs.</summary>
    protected override ChannelCapabilities CapabilitiesFor(Activity activity) => ChannelCapabilities.CardInputs;

    public async Task RunTurnAsync(Activity activity, CancellationToken cancellationToken) =>
        await ProcessActivityAsync(activity, identity: null, callback: null, cancellationToken);

    /// <summary>"delete my data" covers the transcripts this edge keeps: the user's feeds are emptied before the confirmation joins them.</summary>
    protected override async Task OnUserDataErasedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.From?.Id is { Length: > 0 } userId)
            await store.PurgeUserTranscriptsAsync(userId, cancellationToken);
    }

    protected override async Task<ResourceResponse> SendActivityToChannelAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id ?? turnContext.Activity.Conversation?.Id
            ?? throw new InvalidOperationException("The activity has no conversation to send to.");
        var conversation = await store.FindAsync(conversationId, cancellationToken)
            ?? throw new InvalidOperationException("The Direct Line conversation has ended or expired.");

        factory.PrepareOutbound(activity, conversation, turnContext.Activity.ChannelId);
        switch (activity.Type)
        {
            case ActivityTypes.Typing:
                activity.Id = DirectLineIds.NewTransientId(conversationId);
                await store.PublishTransientAsync(conversationId, activity, cancellationToken);
                return new ResourceResponse(activity.Id);
            case ActivityTypes.Trace:
                // Debugging aid for the Emulator only; Direct Line clients never see traces.
                return new ResourceResponse();
            default:
                var id = await store.AppendAsync(conversationId, activity, cancellationToken)
                    ?? throw new InvalidOperationException("The Direct Line conversation has ended or expired.");
                return new ResourceResponse(id);
        }
    }
}
