using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Turns a Teams install into the channel-neutral welcome. Teams signals an install twice — an
/// <c>installationUpdate</c> (<c>action: add</c>) and a <c>conversationUpdate</c> with the bot in
/// <c>membersAdded</c> (docs/protocols.md §5) — and the bot welcomes a person who joins. So the first of the two
/// is presented to the bot as a <c>conversationUpdate</c> in which the installer joined, and the second is
/// dropped; a flag in storage remembers the welcome until the bot is removed. Other people joining a group
/// chat or team do not get a welcome post each (the docs advise against posting in big teams).
/// </summary>
public sealed class TeamsWelcomeMiddleware(IStorage storage) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (!TeamsActivity.IsTeams(activity))
        {
            await next(cancellationToken);
            return;
        }

        switch (Classify(activity))
        {
            case InstallEvent.Added:
                await WelcomeOnceAsync(turnContext, next, cancellationToken);
                break;
            case InstallEvent.Removed:
                await storage.DeleteAsync([WelcomeKey(activity)], cancellationToken);
                await next(cancellationToken);
                break;
            case InstallEvent.OtherMembersJoinedGroup:
                break;
            default:
                await next(cancellationToken);
                break;
        }
    }

    /// <summary>Where the "welcomed" flag of a conversation is kept.</summary>
    public static string WelcomeKey(Activity activity) => $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}/teamsWelcome";

    private async Task WelcomeOnceAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var key = WelcomeKey(activity);
        if ((await storage.ReadAsync([key], cancellationToken)).ContainsKey(key))
            return;
        if (activity.From?.Id is not { Length: > 0 } installerId || installerId == activity.Recipient?.Id)
        {
            await next(cancellationToken);
            return;
        }

        // Present the install as "the installer joined", the signal every channel's welcome keys on.
        var (type, action, added, removed) = (activity.Type, activity.Action, activity.MembersAdded, activity.MembersRemoved);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Action = null;
        activity.MembersAdded = [new ChannelAccount(installerId, activity.From.Name) { AadObjectId = activity.From.AadObjectId }];
        activity.MembersRemoved = null;
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            (activity.Type, activity.Action, activity.MembersAdded, activity.MembersRemoved) = (type, action, added, removed);
        }

        await storage.WriteAsync(new Dictionary<string, object> { [key] = new WelcomeFlag() }, cancellationToken);
    }

    private static InstallEvent Classify(Activity activity)
    {
        if (activity.Type == ActivityTypes.InstallationUpdate)
        {
            return activity.Action switch
            {
                "add" => InstallEvent.Added,
                "remove" => InstallEvent.Removed,
                _ => InstallEvent.None, // add-upgrade / remove-upgrade: a new app version, not a new install
            };
        }
        if (activity.Type != ActivityTypes.ConversationUpdate)
            return InstallEvent.None;
        if (TeamsActivity.BotWasAdded(activity))
            return InstallEvent.Added;
        if (TeamsActivity.BotWasRemoved(activity))
            return InstallEvent.Removed;
        if (activity.MembersAdded is { Count: > 0 } && TeamsActivity.IsGroupConversation(activity))
            return InstallEvent.OtherMembersJoinedGroup;
        return InstallEvent.None;
    }

    private enum InstallEvent { None, Added, Removed, OtherMembersJoinedGroup }

    private sealed class WelcomeFlag : IStoreItem
    {
        public bool Welcomed { get; set; } = true;

        public string? ETag { get; set; } = "*";
    }
}
