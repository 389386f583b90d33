using System.Text.Json;
using System.Text.Json.Serialization;
using AllyBot.Bot.Channels.Slack.BlockKit;

namespace AllyBot.Bot.Channels.Slack.WebApi;

/// <summary>Arguments of <c>chat.postMessage</c> (https://docs.slack.dev/reference/methods/chat.postMessage).</summary>
public sealed record SlackPostMessage(string Channel, string Text, IReadOnlyList<SlackBlock>? Blocks = null, string? ThreadTs = null);

/// <summary>The envelope every Web API method answers with: <c>ok</c>, and <c>error</c> when it is false.</summary>
public class SlackApiResponse
{
    public bool Ok { get; set; }
    public string? Error { get; set; }
    public string? Warning { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary><c>chat.postMessage</c>'s answer: where the message went and its <c>ts</c> (its id).</summary>
public sealed class SlackPostMessageResponse : SlackApiResponse
{
    public string? Channel { get; set; }
    public string? Ts { get; set; }
}

/// <summary><c>auth.test</c>'s answer: who the token belongs to.</summary>
public sealed class SlackAuthTestResponse : SlackApiResponse
{
    public string? UserId { get; set; }
    public string? BotId { get; set; }
    public string? TeamId { get; set; }
    public string? Team { get; set; }
    public string? User { get; set; }
}

/// <summary><c>conversations.open</c>'s answer: the direct-message channel with the user.</summary>
public sealed class SlackConversationsOpenResponse : SlackApiResponse
{
    public SlackChannelRef? Channel { get; set; }
}

public sealed class SlackChannelRef
{
    public string? Id { get; set; }
}

/// <summary>A Web API call that did not succeed: <c>ok:false</c> (see <see cref="Error"/>), rate limiting or an HTTP failure.</summary>
public sealed class SlackApiException(string method, string error, int? statusCode = null)
    : Exception($"Slack {method} failed: {error}")
{
    public string Method { get; } = method;

    /// <summary>Slack's error code (<c>channel_not_found</c>, <c>not_authed</c>, <c>ratelimited</c>, …) or <c>http_{status}</c>.</summary>
    public string Error { get; } = error;

    public int? StatusCode { get; } = statusCode;
}
