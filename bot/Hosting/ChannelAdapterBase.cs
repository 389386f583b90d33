using System.Security.Claims;
using AllyBot.Builder;
using IMiddleware = AllyBot.Builder.IMiddleware;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Hosting;

/// <summary>
/// The turn machinery every channel edge shares. HOW A NEW CHANNEL PLUGS IN:
/// <list type="number">
/// <item>Derive <c>XxxAdapter : ChannelAdapterBase</c> in <c>bot/Channels/Xxx</c>, taking
///   <see cref="ChannelTurnServices"/> (plus its own client) in the constructor, and implement
///   <see cref="SendActivityToChannelAsync"/> (and <see cref="UpdateActivityAsync"/> / <see cref="DeleteActivityAsync"/>
///   where the channel can). Translate the channel's wire format to and from <see cref="Activity"/> there.</item>
/// <item>In the edge's endpoint: parse and authenticate the request (see <c>Hosting/Http/HttpActivityReader</c>
///   for JSON activities), then call <see cref="ProcessActivityAsync"/> and answer from the <see cref="TurnResult"/>.</item>
/// <item>Register the adapter and map the endpoint from an <c>AddXxxChannel()</c> / <c>MapXxx()</c> pair, called from Program.cs.</item>
/// </list>
/// Every adapter thereby gets the same turn: the conversation's turn gate (one turn at a time per
/// conversation), retry de-duplication by activity id, the shared middleware (every <see cref="IMiddleware"/>
/// in DI, plus the typing indicator when configured), the bot, and the error handler (apology; state untouched).
/// <c>expectReplies</c> buffering is done by <see cref="TurnContext"/> itself; <c>invokeResponse</c> and
/// <c>delay</c> activities are handled here and never reach <see cref="SendActivityToChannelAsync"/>.
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
    /// Runs one inbound activity as a turn: waits for the conversation's earlier turns, drops a repeated
    /// delivery, then runs middleware and <paramref name="callback"/> (default: the registered <see cref="IBot"/>).
    /// </summary>
    public async Task<TurnResult> ProcessActivityAsync(Activity activity, ClaimsIdentity? identity, BotCallbackHandler? callback = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await using var turn = await _services.TurnGate.EnterAsync(ConversationKey(activity), cancellationToken);

        if (!await _services.Deduplicator.TryRegisterAsync(activity, cancellationToken))
        {
            LogDuplicate(activity.Type, activity.ChannelId, activity.Id);
            return TurnResult.Duplicate;
        }

        using var context = new TurnContext(this, activity);
        ChannelCapabilities.Set(context, CapabilitiesFor(activity));
        if (identity is not null)
            context.TurnState.Add(BotIdentityKey, identity);
        await RunPipelineAsync(context, callback ?? _services.Bot.OnTurnAsync, cancellationToken);
        return new TurnResult(context.BufferedReplyActivities.ToList(), ReadInvokeResponse(context), IsDuplicate: false);
    }

    /// <summary>A proactive turn, through the same gate and middleware as inbound ones.</summary>
    public override async Task ContinueConversationAsync(string botAppId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        var activity = reference.GetContinuationActivity();
        await using var turn = await _services.TurnGate.EnterAsync(ConversationKey(activity), cancellationToken);
        using var context = new TurnContext(this, activity);
        ChannelCapabilities.Set(context, CapabilitiesFor(activity));
        await RunPipelineAsync(context, callback, cancellationToken);
    }

    /// <summary>What the channel of <paramref name="activity"/> can show; each channel's adapter says (default: one question at a time).</summary>
    protected virtual ChannelCapabilities CapabilitiesFor(Activity activity) => ChannelCapabilities.TextOnly;

    public sealed override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            switch (activity.Type)
            {
                case ActivityTypes.InvokeResponse:
                    turnContext.TurnState[InvokeResponseKey] = activity;
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Delay:
                    // The SDK's pause between replies: value is milliseconds (default 1 s).
                    var milliseconds = BuilderJson.Convert<int?>(activity.Value) ?? 1000;
                    await Task.Delay(TimeSpan.FromMilliseconds(milliseconds), _services.TimeProvider, cancellationToken);
                    responses[i] = new ResourceResponse();
                    break;
                default:
                    responses[i] = await SendActivityToChannelAsync(turnContext, activity, cancellationToken);
                    break;
            }
        }
        return responses;
    }

    /// <summary>Delivers one outgoing activity (normal delivery) in the channel's own way.</summary>
    protected abstract Task<ResourceResponse> SendActivityToChannelAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} cannot update activities.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
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
