using AllyBot.Builder;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Topics;

namespace AllyBot.Dialogs.Hosting;

/// <summary>
/// The bot's turn handler: welcomes a person who joins, runs the coaching journey on every message, and at
/// the end of a turn either saves the dialog stack and the plan in ONE batch (with the turn's other writes,
/// such as the processed-activity marker) or, after "delete my data", erases every key kept about the user.
/// State is saved only when the turn succeeded, so a failed turn leaves the plan as it was before it.
/// A dialog stack that can no longer be used is reported as unreadable conversation state (the turn machinery
/// sets it aside and runs the turn again); the person is then told plainly what was set aside.
/// </summary>
public sealed class AllyBotActivityHandler : ActivityHandler
{
    public const string DialogStateProperty = "DialogState";

    /// <summary>When the conversation last had a message (per conversation: the "long gap" is measured here).</summary>
    public const string LastSeenProperty = "lastSeen";

    private readonly MainDialog _dialog;
    private readonly ConversationState _conversationState;
    private readonly JourneyStore _store;
    private readonly IStorage _storage;
    private readonly TimeProvider _time;
    private readonly JourneyOptions _options;
    private readonly CoachingContent _content;
    private readonly BotStateSet _turnStates;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly IStatePropertyAccessor<DateTimeOffset?> _lastSeen;

    public AllyBotActivityHandler(MainDialog dialog, ConversationState conversationState, JourneyStore store, IStorage storage, TimeProvider time, JourneyOptions options, CoachingContent content)
    {
        _dialog = dialog ?? throw new ArgumentNullException(nameof(dialog));
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _content = content ?? throw new ArgumentNullException(nameof(content));
        _turnStates = new BotStateSet(conversationState, store.State);
        _dialogState = conversationState.CreateProperty<DialogState>(DialogStateProperty);
        _lastSeen = conversationState.CreateProperty<DateTimeOffset?>(LastSeenProperty);
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate))
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
            return; // nothing of the journey ran (invokes get the base handler's 501, events are ignored)
        }

        await SayWhatWasSetAsideAsync(turnContext, cancellationToken);
        try
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
        }
        catch (DialogStateException problem)
        {
            throw _conversationState.Unreadable(turnContext, "the dialog stack does not fit the dialogs", problem);
        }

        if (JourneyStore.DeletionRequested(turnContext))
        {
            await DeleteEverythingAsync(turnContext, cancellationToken);
            return;
        }
        await NoteSeenAsync(turnContext, cancellationToken);
        await _turnStates.SaveAllChangesAsync(turnContext, false, cancellationToken);
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
        var longGap = await _lastSeen.GetAsync(turnContext, cancellationToken: cancellationToken) is { } seen && _time.GetUtcNow() - seen > _options.ResumeAfter;
        return conversationChanged || longGap;
    }

    /// <summary>
    /// The conversation's last message time (conversation state, which this turn writes anyway) and, only when
    /// the user switched conversation, the plan's conversation list. Conversations that fall off the list lose
    /// their state now, before the save, so every conversation with state stays listed for "delete my data".
    /// </summary>
    private async Task NoteSeenAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _lastSeen.SetAsync(turnContext, _time.GetUtcNow(), cancellationToken);
        if (_store.State.GetCachedState(turnContext) is null)
            return;
        var progress = (await _store.GetAsync(turnContext, cancellationToken)).Progress;
        var forgotten = progress.Seen(turnContext.Activity.Conversation?.Id);
        if (forgotten.Count > 0)
            await _storage.DeleteAsync([.. PlanScope.ConversationKeys(turnContext.Activity, forgotten)], cancellationToken);
    }

    /// <summary>"delete my data": both plan scopes, the dialog stacks of every listed conversation, the builder's user and conversation states.</summary>
    private async Task DeleteEverythingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversations = (await _store.GetAsync(turnContext, cancellationToken)).Progress.Conversations;
        var keys = PlanScope.KeysAbout(turnContext.Activity, conversations);
        await _conversationState.DeleteAsync(turnContext, cancellationToken);
        await _store.State.DeleteAsync(turnContext, cancellationToken);
        var covered = new[] { _conversationState.StorageKeyOf(turnContext), _store.State.StorageKeyOf(turnContext) };
        await _storage.DeleteAsync([.. keys.Except(covered, StringComparer.Ordinal)], cancellationToken);
        DataErasure.Record(turnContext);
    }

    /// <summary>After the turn machinery set unreadable state aside: say so plainly, before the turn's own replies.</summary>
    private async Task SayWhatWasSetAsideAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var keys = StateRecovery.SetAsideKeys(turnContext);
        if (keys.Count == 0)
            return;
        var textKey = keys.Contains(PlanScope.StorageKey(turnContext.Activity)) ? "state-unreadable-plan" : "state-unreadable-conversation";
        await turnContext.SendActivityAsync(MessageFactory.Text(_content.Text("interruptions", textKey)), cancellationToken);
    }
}
