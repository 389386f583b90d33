using System.Collections.Concurrent;

namespace AllyBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// Finds the bot's direct-message channel (<c>D…</c>) with a user, so a slash command typed anywhere
/// continues the same conversation as the user's DMs. Learns channels from <c>message.im</c> events and
/// otherwise asks <c>conversations.open</c> (scope <c>im:write</c>); without it the caller falls back to the
/// user id, which Slack also accepts as a <c>chat.postMessage</c> channel.
/// </summary>
public sealed partial class SlackDirectMessageChannels(SlackWebApiClient client, ILogger<SlackDirectMessageChannels> logger)
{
    // Bounded: a busy workspace simply re-learns channels after a reset.
    private const int Capacity = 50_000;
    private readonly ConcurrentDictionary<string, string> _channels = new(StringComparer.Ordinal);

    public void Remember(string? team, string? user, string? channel)
    {
        if (string.IsNullOrEmpty(team) || string.IsNullOrEmpty(user) || !Inbound.SlackConversationId.IsDirectMessageChannel(channel))
            return;
        if (_channels.Count >= Capacity)
            _channels.Clear();
        _channels[$"{team}:{user}"] = channel!;
    }

    public async ValueTask<string?> FindAsync(string team, string user, CancellationToken cancellationToken)
    {
        if (_channels.TryGetValue($"{team}:{user}", out var known))
            return known;
        try
        {
            var opened = await client.OpenConversationAsync(user, cancellationToken).ConfigureAwait(false);
            Remember(team, user, opened.Channel?.Id);
            return opened.Channel?.Id;
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException)
        {
            LogOpenFailed(exception.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "conversations.open failed ({Reason}); replying to the user id instead")]
    private partial void LogOpenFailed(string reason);
}
