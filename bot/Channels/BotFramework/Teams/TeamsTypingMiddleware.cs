using AllyBot.Bot.Hosting;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// "AllyBot is typing…" in Teams while a message turn runs longer than <c>BotHost:TypingDelay</c> (repeated every
/// <c>BotHost:TypingPeriod</c>), whatever <c>BotHost:SendTypingIndicator</c> says for other channels. Unlike the
/// builder's ShowTypingMiddleware it stops for good once the bot sends its first message: a typing activity that
/// arrives after the answer would leave Teams showing "typing…" and clear the answer's suggested actions. When
/// the global switch is on, the host's indicator already covers Teams and this one stands aside.
/// <c>Teams:SendTypingIndicator=false</c> turns it off.
/// </summary>
public sealed class TeamsTypingMiddleware(IOptions<BotHostOptions> hostOptions, IOptions<TeamsOptions> teamsOptions, TimeProvider timeProvider) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (hostOptions.Value.SendTypingIndicator || !teamsOptions.Value.SendTypingIndicator || !TeamsActivity.IsTeams(activity)
            || activity.Type != ActivityTypes.Message || activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            await next(cancellationToken);
            return;
        }

        using var stop = new CancellationTokenSource();
        var typing = SendTypingUntilStoppedAsync(turnContext, stop.Token);
        turnContext.OnSendActivities(async (_, activities, sendNext) =>
        {
            // A streamed reply (typing with a streaminfo entity) shows its own indicator; plain typing would interleave with it.
            if (activities.Any(a => a.Type == ActivityTypes.Message || AllyBot.Builder.Streaming.StreamInfo.From(a) is not null))
            {
                // Let a typing send already on the wire finish first, so it cannot overtake the message.
                await stop.CancelAsync();
                await typing;
            }
            return await sendNext();
        });
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await stop.CancelAsync();
            await typing;
        }
    }

    private async Task SendTypingUntilStoppedAsync(ITurnContext turnContext, CancellationToken stop)
    {
        var settings = hostOptions.Value;
        try
        {
            await Task.Delay(settings.TypingDelay, timeProvider, stop);
            while (!stop.IsCancellationRequested)
            {
                // Straight to the adapter: typing is not a reply, so no send handlers and no "responded".
                var typing = new Activity { Type = ActivityTypes.Typing }.ApplyConversationReference(turnContext.Activity.GetConversationReference());
                await turnContext.Adapter.SendActivitiesAsync(turnContext, [typing], CancellationToken.None);
                await Task.Delay(settings.TypingPeriod, timeProvider, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The bot answered or the turn ended.
        }
        catch (Exception)
        {
            // A typing indicator is cosmetic: a channel that rejects it must not fail the turn.
        }
    }
}
