using AllyBot.Builder.Schema;

namespace AllyBot.Builder;

/// <summary>
/// Connects a bot to a channel: runs the middleware pipeline and the bot for each inbound activity,
/// and sends, updates and deletes activities on the channel's behalf.
/// </summary>
public abstract partial class BotAdapter
{
    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);
}
