using AllyBot.Builder;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Topics;

namespace AllyBot.Dialogs.Hosting;

/// <summary>
/// The bot's turn handler: welcomes a person who joins, runs the coaching journey on every message, and at
/// the end of a turn either saves the dialog stack and the plan or, after "delete my data", erases every
/// key kept about the user. State is saved only when the turn succeeded, so a failed turn leaves the plan
/// as it was before it.
/// </summary>
public sealed class AllyBotActivityHandler : ActivityHandler
{
    public const string DialogStateProperty = "DialogState";

    private readonly MainDialog _dialog;
    private readonly ConversationState _conversationState;
    private readonly JourneyStore _store;
    private readonly IStorage _storage;
    private readonly TimeProvider _time;
    private readonly JourneyOptions _options;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;

    public AllyBotActivityHandler(MainDialog dialog, ConversationState conversationState, JourneyStore store, IStorage storage, TimeProvider time, JourneyOptions options)
    {
        _dialog = dialog ?? throw new ArgumentNullException(nameof(dialog));
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _dialogState = conversationState.CreateProperty<DialogState>(DialogStateProperty);
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await base.OnTurnAsync(turnContext, cancellationToken);
        if (turnContext.Activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate))
            return; // nothing of the journey ran (invokes get the base handler's 501, events are ignored)

        if (JourneyStore.DeletionRequested(turnContext))
        {
            await DeleteEverythingAsync(turnContext, cancellationToken);
            return;
        }
        if (_store.State.GetCachedState(turnContext) is not null)
        {
            var progress = (await _store.GetAsync(turnContext, cancellationToken)).Progress;
            progress.Seen(turnContext.Activity.Conversation?.Id, _time.GetUtcNow());
        }
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await _store.State.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is not null && await CameBackAsync(turnContext, cancellationToken))
            await dc.CancelAllDialogsAsync(cancellationToken);

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
            await dc.BeginDialogAsync(_dialog.Id, null, cancellationToken);
    }

    /// <summary>A person joined (a chat opened): greet them, and offer to continue a journey in progress.</summary>
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is not null)
        {
            // In a group someone else joining must not interrupt the question the group is answering.
            if (PlanScope.IsGroup(turnContext.Activity))
                return;
            var record = await _store.GetAsync(turnContext, cancellationToken);
            if (record.Progress.Resume is null || !record.Plan.HasContent)
            {
                // Nothing to pick up yet (still getting to know them, or at the menu): ask the open question again.
                await dc.RepromptDialogAsync(cancellationToken);
                return;
            }
            await dc.CancelAllDialogsAsync(cancellationToken);
        }
        await dc.BeginDialogAsync(_dialog.Id, null, cancellationToken);
    }

    private async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await new DialogSet(_dialogState).Add(_dialog).CreateContextAsync(turnContext, cancellationToken);

    /// <summary>True when the user returns from another conversation or after a long gap: greet them rather than take the message as an answer.</summary>
    private async Task<bool> CameBackAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var progress = (await _store.GetAsync(turnContext, cancellationToken)).Progress;
        var conversationChanged = progress.LastConversationId is { } last && last != turnContext.Activity.Conversation?.Id;
        var longGap = progress.LastSeen is { } seen && _time.GetUtcNow() - seen > _options.ResumeAfter;
        return conversationChanged || longGap;
    }

    /// <summary>"delete my data": both plan scopes, the dialog stack and the builder's user and conversation states.</summary>
    private async Task DeleteEverythingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversations = (await _store.GetAsync(turnContext, cancellationToken)).Progress.Conversations;
        await _conversationState.DeleteAsync(turnContext, cancellationToken);
        await _store.State.DeleteAsync(turnContext, cancellationToken);
        await _storage.DeleteAsync([.. PlanScope.KeysAbout(turnContext.Activity, conversations)], cancellationToken);
    }
}
