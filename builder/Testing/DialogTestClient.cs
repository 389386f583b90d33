using AllyBot.Builder.Adapters;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Builder.Testing;

/// <summary>
/// Drives one dialog turn by turn in a test, with no test framework dependency (SDK:
/// <c>Microsoft.Bot.Builder.Testing.DialogTestClient</c>). Each send runs a real turn through a
/// <see cref="TestAdapter"/>: the dialog stack is kept in <see cref="ConversationState"/> over
/// <see cref="MemoryStorage"/> and saved after every turn, so it goes through JSON exactly as in production.
/// </summary>
/// <example>
/// <code>
/// var client = new DialogTestClient(Channels.Test, new GoalDialog(library));
/// var reply = await client.SendActivityAsync&lt;Activity&gt;("hi");
/// Assert.Equal("What is your goal?", reply?.Text);
/// reply = await client.SendActivityAsync&lt;Activity&gt;("More vaccine clinics");
/// Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
/// </code>
/// </example>
public class DialogTestClient
{
    /// <summary>The property of <see cref="ConversationState"/> that holds the dialog stack.</summary>
    public const string DialogStatePropertyName = "DialogState";

    private readonly BotCallbackHandler _callback;

    public DialogTestClient(string channelId, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
        : this(new TestAdapter(channelId), targetDialog, initialDialogOptions, middlewares, conversationState)
    {
    }

    public DialogTestClient(TestAdapter testAdapter, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
    {
        ArgumentNullException.ThrowIfNull(testAdapter);
        ArgumentNullException.ThrowIfNull(targetDialog);

        ConversationState = conversationState ?? new ConversationState(new MemoryStorage());
        DialogState = ConversationState.CreateProperty<DialogState>(DialogStatePropertyName);
        Adapter = testAdapter.Use(new AutoSaveStateMiddleware(ConversationState));
        foreach (var middleware in middlewares ?? [])
            Adapter.Use(middleware);

        _callback = async (turnContext, cancellationToken) =>
        {
            var dialogs = new DialogSet(DialogState).Add(targetDialog);
            var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
            DialogTurnResult = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            if (DialogTurnResult.Status == DialogTurnStatus.Empty)
                DialogTurnResult = await dc.BeginDialogAsync(targetDialog.Id, initialDialogOptions, cancellationToken).ConfigureAwait(false);
        };
    }

    public TestAdapter Adapter { get; }

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    /// <summary>The outcome of the last turn: Waiting while the dialog runs, Complete (with its result) once it ended.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>Sends <paramref name="text"/> as the user and returns the first reply not read yet (or null).</summary>
    public async Task<T?> SendActivityAsync<T>(string text, CancellationToken cancellationToken = default)
        where T : class
    {
        await Adapter.SendTextToBotAsync(text, _callback, cancellationToken).ConfigureAwait(false);
        return GetNextReply<T>();
    }

    /// <summary>Sends <paramref name="activity"/> (a card submit, a conversationUpdate…) and returns the first reply not read yet.</summary>
    public async Task<T?> SendActivityAsync<T>(Activity activity, CancellationToken cancellationToken = default)
        where T : class
    {
        await Adapter.ProcessActivityAsync(activity, _callback, cancellationToken).ConfigureAwait(false);
        return GetNextReply<T>();
    }

    /// <summary>The next reply not read yet, or null when there is none.</summary>
    public T? GetNextReply<T>()
        where T : class
    {
        var reply = Adapter.GetNextReply();
        return reply is null ? null : reply as T ?? throw new InvalidCastException($"The reply is an {nameof(Activity)}, not a {typeof(T).Name}.");
    }
}
