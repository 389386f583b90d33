using AllyBot.Builder;
using AllyBot.Content.Generative;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Generative;

/// <summary>Opens a <see cref="GenerativeCallerScope"/> for the turn's user (channel id and user id), so the per-person limit on generative calls counts each person separately.</summary>
public sealed class GenerativeCallerMiddleware : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            await next(cancellationToken);
            return;
        }
        using var scope = GenerativeCallerScope.Begin($"{activity.ChannelId}:{activity.From.Id}");
        await next(cancellationToken);
    }
}
