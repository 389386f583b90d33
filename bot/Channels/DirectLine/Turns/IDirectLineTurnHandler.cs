using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// The bot side of the Direct Line edge: runs one turn for an activity a client posted (or for the
/// conversationUpdate of a new conversation). Replies go to the conversation's feed; the call returns when the
/// turn is over. <see cref="DirectLineAdapter"/> is the implementation; tests may swap in a fake.
/// </summary>
public interface IDirectLineTurnHandler
{
    Task RunTurnAsync(Activity activity, CancellationToken cancellationToken);
}
