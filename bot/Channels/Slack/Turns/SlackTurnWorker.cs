using System.Security.Claims;
using AllyBot.Bot.Channels.Slack.Inbound;
using AllyBot.Bot.Channels.Slack.WebApi;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.Slack.Turns;

/// <summary>
/// Runs the queued Slack requests as turns, after the endpoints have acknowledged them: one reader per
/// <see cref="SlackTurnQueue"/> lane, so a conversation's turns run in arrival order. Looks up what the
/// translation needs (the bot's user id, a slash-command user's DM channel) here rather than in the
/// 3-second request path. A failed turn is logged and the lane goes on.
/// </summary>
public sealed partial class SlackTurnWorker(
    SlackTurnQueue queue,
    SlackAdapter adapter,
    SlackBotIdentity botIdentity,
    SlackDirectMessageChannels directMessages,
    ILogger<SlackTurnWorker> logger) : BackgroundService
{
    /// <summary>The authentication type of the identity a Slack turn carries (the request signature was checked).</summary>
    public const string AuthenticationType = "SlackRequestSignature";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, queue.LaneCount).Select(lane => Task.Run(() => RunLaneAsync(lane, stoppingToken), CancellationToken.None)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken);
    }

    private async Task RunLaneAsync(int lane, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var request in queue.Lane(lane).ReadAllAsync(stoppingToken))
            {
                try
                {
                    await RunTurnAsync(request, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogTurnFailed(exception, request.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; requests still queued are dropped (Slack already had its acknowledgement).
        }
    }

    private async Task RunTurnAsync(SlackInbound request, CancellationToken cancellationToken)
    {
        var botUserId = await botIdentity.GetAsync(cancellationToken);
        var activity = request switch
        {
            SlackEventInbound e => SlackActivityFactory.FromEvent(e.Message, botUserId),
            SlackButtonInbound b => SlackActivityFactory.FromButton(b.Click, botUserId),
            SlackCommandInbound c => SlackActivityFactory.FromCommand(
                c.Command, c.Text, await directMessages.FindAsync(c.Command.TeamId!, c.Command.UserId!, cancellationToken), botUserId),
            _ => null,
        };
        if (activity is null)
            return;
        await adapter.ProcessActivityAsync(activity, Identity(activity), cancellationToken: cancellationToken);
    }

    private static ClaimsIdentity Identity(Activity activity) =>
        new([new Claim("slack:team", activity.Conversation?.TenantId ?? ""), new Claim("slack:user", activity.From?.Id ?? "")], AuthenticationType);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Slack turn ({Request}) failed")]
    private partial void LogTurnFailed(Exception exception, string request);
}
