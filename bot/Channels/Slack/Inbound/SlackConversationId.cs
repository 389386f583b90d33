using System.Diagnostics.CodeAnalysis;

namespace AllyBot.Bot.Channels.Slack.Inbound;

/// <summary>
/// The activity's <c>conversation.id</c> on the Slack channel, which also says where replies go (there is
/// no serviceUrl): <c>{team}:{channel}</c> for a direct message, <c>{team}:{channel}:{thread_ts}</c> for a
/// thread in a channel. Slack ids and timestamps never contain <c>:</c>.
/// </summary>
public sealed record SlackConversationId(string Team, string Channel, string? ThreadTs = null)
{
    public override string ToString() =>
        ThreadTs is null ? $"{Team}:{Channel}" : $"{Team}:{Channel}:{ThreadTs}";

    /// <summary>True for a direct-message channel (Slack's DM channel ids start with <c>D</c>).</summary>
    public static bool IsDirectMessageChannel(string? channel) => channel is { Length: > 1 } && channel[0] == 'D';

    public static bool TryParse(string? value, [NotNullWhen(true)] out SlackConversationId? id)
    {
        id = null;
        var parts = value?.Split(':') ?? [];
        if (parts.Length is < 2 or > 3 || parts.Any(string.IsNullOrWhiteSpace))
            return false;
        id = new SlackConversationId(parts[0], parts[1], parts.Length == 3 ? parts[2] : null);
        return true;
    }
}
