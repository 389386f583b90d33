using AllyBot.Builder;
using IMiddleware = AllyBot.Builder.IMiddleware;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Hosting;

/// <summary>
/// While a message turn runs longer than <see cref="BotHostOptions.TypingDelay"/>, sends a <c>typing</c>
/// activity every <see cref="BotHostOptions.TypingPeriod"/> (SDK: <c>ShowTypingMiddleware</c>). Off unless
/// <see cref="BotHostOptions.SendTypingIndicator"/>; never for <c>expectReplies</c>, whose caller gets all
/// replies at once.
/// </summary>
public sealed class ShowTypingMiddleware(IOptions<BotHostOptions> options, TimeProvider timeProvider) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.SendTypingIndicator
            || turnContext.Activity.Type != ActivityTypes.Message
            || turnContext.Activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            await next(cancellationToken);
            return;
        }

        using var turnDone = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = SendTypingUntilDoneAsync(turnContext, settings, turnDone.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await turnDone.CancelAsync();
            await typing;
        }
    }

    private async Task SendTypingUntilDoneAsync(ITurnContext turnContext, BotHostOptions settings, CancellationToken done)
    {
        try
        {
            await Task.Delay(settings.TypingDelay, timeProvider, done);
            while (!done.IsCancellationRequested)
            {
                // Straight to the adapter: a typing indicator is not a reply and must not mark the turn as responded.
                var typing = new Activity { Type = ActivityTypes.Typing, RelatesTo = turnContext.Activity.RelatesTo }
                    .ApplyConversationReference(turnContext.Activity.GetConversationReference());
                await turnContext.Adapter.SendActivitiesAsync(turnContext, [typing], done);
                await Task.Delay(settings.TypingPeriod, timeProvider, done);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn finished; stop quietly.
        }
        catch (Exception)
        {
            // A lost typing indicator is cosmetic; the turn's own replies report real delivery failures.
        }
    }
}
