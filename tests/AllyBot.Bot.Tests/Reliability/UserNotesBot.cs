using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Bot.Tests.Reliability;

/// <summary>
/// Keeps every message of a user in user state (shared by all their conversations) and a count per
/// conversation, saved together at the end of the turn, with a pause between read and write: two turns of one
/// user in two conversations that overlapped would lose a note or hit a conflict.
/// </summary>
public sealed class UserNotesBot(ConversationState conversationState, UserState userState) : IBot
{
    private readonly IStatePropertyAccessor<List<string>> _notes = userState.CreateProperty<List<string>>("notes");
    private readonly IStatePropertyAccessor<int> _count = conversationState.CreateProperty<int>("count");
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
            return;
        var notes = await _notes.GetAsync(turnContext, () => [], cancellationToken);
        var count = await _count.GetAsync(turnContext, () => 0, cancellationToken);
        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 15)), cancellationToken);
        notes.Add(turnContext.Activity.Text!);
        await _count.SetAsync(turnContext, count + 1, cancellationToken);
        await turnContext.SendActivityAsync($"noted {notes.Count}", cancellationToken: cancellationToken);
        await new BotStateSet(conversationState, userState).SaveAllChangesAsync(turnContext, cancellationToken: cancellationToken);
    }
}
