using AllyBot.Builder;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Bot.Starter;

/// <summary>
/// TEMPORARY turn handler until the coaching journey lands: welcomes a member who joins (not the bot itself)
/// and runs <see cref="StarterDialog"/> on messages. State is saved only at the end of a turn that succeeded,
/// so a failed turn leaves the conversation as it was before it.
/// </summary>
public sealed class StarterBot(ConversationState conversationState, UserState userState, StarterDialog dialog) : IBot
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>("dialogState");

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message)
            await dialog.RunAsync(turnContext, _dialogState, cancellationToken);
        else if (activity.Type == ActivityTypes.ConversationUpdate && SomeoneElseJoined(activity))
            await WelcomeAsync(turnContext, cancellationToken);
        else
            return;

        await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
        await userState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync(StarterText.Welcome, cancellationToken: cancellationToken);

        // A person coming back to a conversation mid-way is asked their open question again; otherwise we begin.
        var dialogs = new DialogSet(_dialogState).Add(dialog);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is not null)
            await dc.RepromptDialogAsync(cancellationToken);
        else
            await dc.BeginDialogAsync(dialog.Id, cancellationToken: cancellationToken);
    }

    private static bool SomeoneElseJoined(Activity activity) =>
        activity.MembersAdded?.Any(member => member.Id != activity.Recipient?.Id) == true;
}
