using System.Text.Json;
using AllyBot.Builder.Adapters;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Builder.Tests.Dialogs;

/// <summary>
/// Runs a root dialog with <see cref="DialogExtensions.RunAsync"/> over a real ConversationState and
/// MemoryStorage, saved after each turn, so the dialog stack goes through JSON between every two turns.
/// </summary>
internal sealed class DialogHarness
{
    public const string StorageKey = "test/conversations/convo1";

    public DialogHarness(Dialog root, MemoryStorage? storage = null, Func<DialogContext, Task<DialogTurnResult?>>? beforeRun = null)
    {
        Root = root;
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        Accessor = ConversationState.CreateProperty<DialogState>("DialogState");
        Adapter = new TestAdapter(Channels.Test).Use(new AutoSaveStateMiddleware(ConversationState));
        BeforeRun = beforeRun;
    }

    public Dialog Root { get; }

    public MemoryStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> Accessor { get; }

    public TestAdapter Adapter { get; }

    /// <summary>Optional root-level handling before the dialog runs (e.g. a global "cancel"); a non-null result ends the turn.</summary>
    public Func<DialogContext, Task<DialogTurnResult?>>? BeforeRun { get; }

    public List<DialogTurnResult> Results { get; } = [];

    public DialogTurnResult LastResult => Results[^1];

    public TestFlow Flow() => new(Adapter, RunTurnAsync);

    /// <summary>The saved dialog state, read straight from storage (i.e. as JSON).</summary>
    public async Task<JsonElement> StoredDialogStateAsync()
    {
        var items = await Storage.ReadAsync([StorageKey]);
        var document = (JsonElement)items[StorageKey];
        return document.GetProperty("DialogState");
    }

    public async Task<int> StoredStackDepthAsync() =>
        (await StoredDialogStateAsync()).GetProperty("dialogStack").GetArrayLength();

    private async Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (BeforeRun is not null)
        {
            var dc = await new DialogSet(Accessor).Add(Root).CreateContextAsync(turnContext, cancellationToken);
            if (await BeforeRun(dc) is { } handled)
            {
                Results.Add(handled);
                return;
            }
        }

        Results.Add(await Root.RunAsync(turnContext, Accessor, cancellationToken));
    }
}

/// <summary>Small builders that keep the transcripts readable.</summary>
internal static class Ask
{
    public static PromptOptions Text(string prompt, string? retry = null) => new()
    {
        Prompt = MessageFactory.Text(prompt),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
    };

    public static WaterfallStep Say(string text) => async (step, ct) =>
    {
        await step.Context.SendActivityAsync(text, cancellationToken: ct);
        return await step.NextAsync(step.Result, ct);
    };

    /// <summary>A step that replies with the previous result's text and ends the dialog with it.</summary>
    public static WaterfallStep EchoResultAndEnd(string prefix) => async (step, ct) =>
    {
        var text = step.PromptNotRecognized ? "(gave up)" : step.Result?.ToString();
        await step.Context.SendActivityAsync($"{prefix}{text}", cancellationToken: ct);
        return await step.EndDialogAsync(step.Result, ct);
    };
}
