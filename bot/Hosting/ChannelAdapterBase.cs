using System.Security.Claims;
using AllyBot.Builder;
using IMiddleware = AllyBot.Builder.IMiddleware;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;
using AllyBot.Builder.State;

namespace AllyBot.Bot.Hosting;

/// <summary>
/// The turn machinery every channel edge shares. HOW A NEW CHANNEL PLUGS IN:
/// <list type="number">
/// <item>Derive <c>XxxAdapter : ChannelAdapterBase</c> in <c>bot/Channels/Xxx</c>, taking
///   <see cref="ChannelTurnServices"/> (plus its own client) in the constructor, and implement
///   <see cref="SendActivityToChannelAsync"/> (and <see cref="UpdateActivityOnChannelAsync"/> / <see cref="DeleteActivityOnChannelAsync"/>
///   where the channel can). Translate the channel's wire format to and from <see cref="Activity"/> there.</item>
/// <item>In the edge's endpoint: parse and authenticate the request (see <c>Hosting/Http/HttpActivityReader</c>
///   for JSON activities), then call <see cref="ProcessActivityAsync"/> and answer from the <see cref="TurnResult"/>.</item>
/// <item>Register the adapter and map the endpoint from an <c>AddXxxChannel()</c> / <c>MapXxx()</c> pair, called from Program.cs.</item>
/// </list>
/// Every adapter thereby gets the same turn: the conversation's turn gate (one turn at a time per
/// conversation), retry de-duplication by delivery key (stored with the turn's state, see
/// <see cref="IActivityDeduplicator"/>), the shared middleware (every <see cref="IMiddleware"/> in DI, plus the
/// typing indicator when configured), the bot, and the error handler (apology; state untouched). A run of the
/// turn whose save conflicts is run again on fresh state, and unreadable state is set aside first (see
/// ChannelAdapterBase.Runs.cs); replies are held back until the run commits. <c>expectReplies</c> buffering is
/// done by <see cref="TurnContext"/> itself; <c>invokeResponse</c> and <c>delay</c> activities are handled here
/// and never reach <see cref="SendActivityToChannelAsync"/>.
/// </summary>
public abstract partial class ChannelAdapterBase : BotAdapter
{
    /// <summary>Turn-state key of the caller's <see cref="ClaimsIdentity"/> after authentication (the SDK's key).</summary>
    public const string BotIdentityKey = "BotIdentity";

    /// <summary>
    /// Turn-state key of the answer to an <c>invoke</c> (the SDK's key, <see cref="InvokeResponse.TurnStateKey"/>):
    /// an <see cref="InvokeResponse"/> put there by the bot, or the <c>invokeResponse</c> activity it sent.
    /// </summary>
    public const string InvokeResponseKey = InvokeResponse.TurnStateKey;

    private readonly ChannelTurnServices _services;

    protected ChannelAdapterBase(ChannelTurnServices services)
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        Logger = services.LoggerFactory.CreateLogger(GetType());
        OnTurnError = services.ErrorHandler.HandleAsync;
        foreach (var middleware in services.Middleware)
            Use(middleware);
    }

    protected ILogger Logger { get; }

    /// <summary>The key the turn gate serializes on: one conversation of one channel.</summary>
    public static string ConversationKey(Activity activity) => $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}";

    /// <summary>
    /// The second key a turn takes, after its conversation's: the person. Their conversations share their plan,
    /// so in this process their turns take turns too; across processes the ETag check and a re-run cover it.
    /// </summary>
    public static string? PersonKey(Activity activity) =>
        string.IsNullOrEmpty(activity.From?.Id) ? null : $"{activity.ChannelId}/users/{activity.From.Id}";

    /// <summary>
    /// Runs one inbound activity as a turn: waits for the conversation's earlier turns, drops a delivery that was
    /// processed already, then runs middleware and <paramref name="callback"/> (default: the registered
    /// <see cref="IBot"/>) until the turn commits, and sends its replies.
    /// </summary>
    public async Task<TurnResult> ProcessActivityAsync(Activity activity, ClaimsIdentity? identity, BotCallbackHandler? callback = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        // Always the conversation first, then the person, so two turns never wait for each other in a circle.
        await using var turn = await _services.TurnGate.EnterAsync(ConversationKey(activity), cancellationToken);
        await using var person = PersonKey(activity) is { } personKey ? await _services.TurnGate.EnterAsync(personKey, cancellationToken) : null;

        var deliveryKey = DeliveryKey(activity);
        if (deliveryKey is not null && await _services.Deduplicator.IsProcessedAsync(deliveryKey, cancellationToken))
        {
            LogDuplicate(activity.Type, activity.ChannelId, activity.Id);
            return TurnResult.Duplicate;
        }

        using var context = await RunUntilCommittedAsync(activity, identity, callback ?? _services.Bot.OnTurnAsync, deliveryKey, cancellationToken);
        return new TurnResult(context.BufferedReplyActivities.ToList(), ReadInvokeResponse(context), IsDuplicate: false);
    }

    /// <summary>A proactive turn, through the same gate, middleware and commit as inbound ones.</summary>
    public override async Task ContinueConversationAsync(string botAppId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        var activity = reference.GetContinuationActivity();
        await using var turn = await _services.TurnGate.EnterAsync(ConversationKey(activity), cancellationToken);
        await using var person = PersonKey(activity) is { } personKey ? await _services.TurnGate.EnterAsync(personKey, cancellationToken) : null;
        using var context = await RunUntilCommittedAsync(activity, identity: null, callback, deliveryKey: null, cancellationToken);
    }

    /// <summary>
    /// The key that names this delivery for de-duplication, or null when it carries no id (then it is never a
    /// repeat). Default: channel, conversation and activity id. A channel whose retries carry another id
    /// (Slack's <c>event_id</c>) overrides this.
    /// </summary>
    protected virtual string? DeliveryKey(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) ? null : DeliveryKeys.Of(activity.ChannelId, activity.Conversation?.Id, activity.Id);

    /// <summary>
    /// Activities that go to the channel as soon as the bot sends them rather than when the turn commits:
    /// <c>typing</c> and a stream's interim updates (<see cref="StreamInfo.IsInterim"/>), which say the bot is
    /// working and promise nothing about the answer. A stream's final message is an ordinary reply.
    /// </summary>
    protected virtual bool SendsBeforeCommit(Activity activity) =>
        activity.Type == ActivityTypes.Typing || StreamInfo.IsInterim(activity);

    /// <summary>
    /// Called after a committed turn that erased everything kept about its user (<see cref="DataErasure"/>),
    /// before its replies go out: a channel that keeps transcripts of its own purges the user's here.
    /// </summary>
    protected virtual Task OnUserDataErasedAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>What the channel of <paramref name="activity"/> can show; each channel's adapter says (default: one question at a time).</summary>
    protected virtual ChannelCapabilities CapabilitiesFor(Activity activity) => ChannelCapabilities.TextOnly;

    public sealed override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var outbox = TurnOutbox.Of(turnContext);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (activity.Type == ActivityTypes.InvokeResponse)
            {
                turnContext.TurnState[InvokeResponseKey] = activity;
                responses[i] = new ResourceResponse();
            }
            else if (outbox is not null && !SendsBeforeCommit(activity))
            {
                responses[i] = new ResourceResponse(outbox.Add(activity));
            }
            else
            {
                responses[i] = await DeliverAsync(turnContext, activity, cancellationToken);
            }
        }
        return responses;
    }

    private async Task<ResourceResponse> DeliverAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type != ActivityTypes.Delay)
            return await SendActivityToChannelAsync(turnContext, activity, cancellationToken);
        // The SDK's pause between replies: value is milliseconds (default 1 s).
        var milliseconds = BuilderJson.Convert<int?>(activity.Value) ?? 1000;
        await Task.Delay(TimeSpan.FromMilliseconds(milliseconds), _services.TimeProvider, cancellationToken);
        return new ResourceResponse();
    }

    /// <summary>Delivers one outgoing activity (normal delivery) in the channel's own way.</summary>
    protected abstract Task<ResourceResponse> SendActivityToChannelAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    /// <summary>Updates a reply: one still held this turn is changed before it is sent; others are updated on the channel.</summary>
    public sealed override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        return TurnOutbox.Of(turnContext)?.Replace(activity) == true
            ? Task.FromResult(new ResourceResponse(activity.Id))
            : UpdateActivityOnChannelAsync(turnContext, activity, cancellationToken);
    }

    /// <summary>Deletes a reply: one still held this turn is simply never sent; others are deleted on the channel.</summary>
    public sealed override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(reference);
        return TurnOutbox.Of(turnContext)?.Remove(reference.ActivityId) == true
            ? Task.CompletedTask
            : DeleteActivityOnChannelAsync(turnContext, reference, cancellationToken);
    }

    /// <summary>Updates an activity the channel already has.</summary>
    protected virtual Task<ResourceResponse> UpdateActivityOnChannelAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} cannot update activities.");

    /// <summary>Deletes an activity the channel already has.</summary>
    protected virtual Task DeleteActivityOnChannelAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} cannot delete activities.");

    private static InvokeResponse? ReadInvokeResponse(ITurnContext context) =>
        context.TurnState.TryGetValue(InvokeResponseKey, out var value)
            ? value switch
            {
                InvokeResponse response => response,
                Activity activity => BuilderJson.Convert<InvokeResponse>(activity.Value),
                _ => BuilderJson.Convert<InvokeResponse>(value),
            }
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a repeated delivery of {ActivityType} activity {ActivityId} on {ChannelId}")]
    private partial void LogDuplicate(string? activityType, string? channelId, string? activityId);
}
