using AllyBot.Bot.Hosting;
using AllyBot.Builder;
using ShowTypingMiddleware = AllyBot.Builder.ShowTypingMiddleware;
using Microsoft.Extensions.Options;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// The builder's <see cref="ShowTypingMiddleware"/>, switched on for Teams only: Teams users see "AllyBot is
/// typing…" while a pitch is drafted, whatever <c>BotHost:SendTypingIndicator</c> says for other channels.
/// When that global switch is on, the host's own middleware already covers Teams and this one stands aside,
/// so no conversation gets two indicators. <c>Teams:SendTypingIndicator=false</c> turns it off.
/// </summary>
public sealed class TeamsTypingMiddleware : IMiddleware
{
    private readonly bool _hostAlreadyTypes; // or Teams typing is switched off
    private readonly ShowTypingMiddleware _typing;

    public TeamsTypingMiddleware(IOptions<BotHostOptions> hostOptions, IOptions<TeamsOptions> teamsOptions, TimeProvider timeProvider)
    {
        var host = hostOptions.Value;
        _hostAlreadyTypes = host.SendTypingIndicator || !teamsOptions.Value.SendTypingIndicator;
        _typing = new ShowTypingMiddleware((int)host.TypingDelay.TotalMilliseconds, (int)host.TypingPeriod.TotalMilliseconds, timeProvider);
    }

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        _hostAlreadyTypes || !TeamsActivity.IsTeams(turnContext.Activity)
            ? next(cancellationToken)
            : _typing.OnTurnAsync(turnContext, next, cancellationToken);
}
