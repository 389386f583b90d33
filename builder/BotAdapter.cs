using AllyBot.Builder.Schema;

namespace AllyBot.Builder;

/// <summary>
/// Connects a bot to a channel: runs the middleware pipeline and the bot for each inbound activity,
/// and sends, updates and deletes activities on the channel's behalf.
/// </summary>
public abstract class BotAdapter
{
    /// <summary>The middleware every turn passes through, in the order added with <see cref="Use"/>.</summary>
    protected MiddlewareSet MiddlewareSet { get; } = new();

    /// <summary>
    /// Called with the turn and the exception when middleware or the bot throws. When null, the exception
    /// propagates to the caller of <see cref="RunPipelineAsync"/>.
    /// </summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    /// <summary>Adds middleware to the end of the pipeline; returns this adapter so calls can be chained.</summary>
    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a proactive turn in an existing conversation: the callback runs through the pipeline with a
    /// <c>ContinueConversation</c> event activity built from <paramref name="reference"/>.
    /// </summary>
    public virtual async Task ContinueConversationAsync(string botAppId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        using var context = new TurnContext(this, reference.GetContinuationActivity());
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the middleware in order, then <paramref name="callback"/> (unless a middleware short-circuits).
    /// An exception goes to <see cref="OnTurnError"/> when set; otherwise it is rethrown.
    /// </summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (OnTurnError is not null)
        {
            await OnTurnError(turnContext, ex).ConfigureAwait(false);
        }
    }
}
