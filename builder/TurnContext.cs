using AllyBot.Builder.Schema;

namespace AllyBot.Builder;

/// <summary>
/// One turn of a conversation (SDK: <c>TurnContext</c>). Outgoing activities get their routing from the inbound
/// activity, pass through the <c>OnSendActivities</c> handlers in registration order, then go to the adapter.
/// For an inbound activity with <c>deliveryMode: expectReplies</c> they are collected in
/// <see cref="BufferedReplyActivities"/> instead, for the channel edge to return in the HTTP response.
/// </summary>
public class TurnContext : ITurnContext, IDisposable
{
    private readonly List<SendActivitiesHandler> _onSendActivities = [];
    private readonly List<UpdateActivityHandler> _onUpdateActivity = [];
    private readonly List<DeleteActivityHandler> _onDeleteActivity = [];
    private bool _disposed;

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    public BotAdapter Adapter { get; }

    public TurnContextStateCollection TurnState { get; } = [];

    public Activity Activity { get; }

    /// <summary>True once a non-trace activity has been sent this turn (trace activities are diagnostics, not answers).</summary>
    public bool Responded { get; private set; }

    /// <summary>Replies held back because the inbound activity asked for <c>expectReplies</c>.</summary>
    public List<Activity> BufferedReplyActivities { get; } = [];

    public Task<ResourceResponse?> SendActivityAsync(string textReplyToSend, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(textReplyToSend);
        return SendActivityAsync(MessageFactory.Text(textReplyToSend, speak, inputHint), cancellationToken);
    }

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length == 0 ? null : responses[0];
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(Activity[] activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Length == 0) throw new ArgumentException("Expecting one or more activities, but the array was empty.", nameof(activities));

        var reference = Activity.GetConversationReference();

        // A mutable list, because OnSendActivities handlers may add, remove or change activities.
        var buffered = new List<Activity>(activities.Length);
        foreach (var activity in activities)
        {
            ArgumentNullException.ThrowIfNull(activity, nameof(activities));
            activity.Type ??= ActivityTypes.Message;
            buffered.Add(activity.ApplyConversationReference(reference));
        }

        return ThroughHandlers(0);

        Task<ResourceResponse[]> ThroughHandlers(int index) => index == _onSendActivities.Count
            ? ThroughAdapterAsync()
            : _onSendActivities[index](this, buffered, () => ThroughHandlers(index + 1));

        async Task<ResourceResponse[]> ThroughAdapterAsync()
        {
            ResourceResponse[] responses;
            if (Activity.DeliveryMode == DeliveryModes.ExpectReplies)
            {
                BufferedReplyActivities.AddRange(buffered);
                responses = buffered.Select(_ => new ResourceResponse()).ToArray();
            }
            else
            {
                responses = buffered.Count == 0
                    ? []
                    : await Adapter.SendActivitiesAsync(this, buffered.ToArray(), cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < responses.Length && i < buffered.Count; i++) buffered[i].Id ??= responses[i]?.Id;
            }

            if (buffered.Any(a => a.Type != ActivityTypes.Trace)) Responded = true;
            return responses;
        }
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ApplyConversationReference(Activity.GetConversationReference());
        return ThroughHandlers(0);

        Task<ResourceResponse> ThroughHandlers(int index) => index == _onUpdateActivity.Count
            ? Adapter.UpdateActivityAsync(this, activity, cancellationToken)
            : _onUpdateActivity[index](this, activity, () => ThroughHandlers(index + 1));
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return DeleteActivityAsync(reference, cancellationToken);
    }

    public Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationReference);
        return ThroughHandlers(0);

        Task ThroughHandlers(int index) => index == _onDeleteActivity.Count
            ? Adapter.DeleteActivityAsync(this, conversationReference, cancellationToken)
            : _onDeleteActivity[index](this, conversationReference, () => ThroughHandlers(index + 1));
    }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onSendActivities.Add(handler);
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onUpdateActivity.Add(handler);
        return this;
    }

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onDeleteActivity.Add(handler);
        return this;
    }

    /// <summary>Disposes the disposable values in <see cref="TurnState"/>.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        TurnState.Dispose();
        GC.SuppressFinalize(this);
    }
}
