namespace AllyBot.Bot.Channels.Slack.Inbound;

/// <summary>
/// What Slack POSTs to the Events API request URL: a <c>url_verification</c> challenge or an
/// <c>event_callback</c> envelope (https://api.slack.com/types/event). Read with <see cref="SlackJson.Options"/>.
/// </summary>
public sealed class SlackEventEnvelope
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";

    public string? Type { get; set; }
    public string? Challenge { get; set; }
    public string? TeamId { get; set; }
    public string? ApiAppId { get; set; }
    public string? EventId { get; set; }
    public long? EventTime { get; set; }
    public SlackMessageEvent? Event { get; set; }

    /// <summary>Who the event is delivered for; for a bot installation, <c>user_id</c> is the bot user.</summary>
    public List<SlackAuthorization>? Authorizations { get; set; }
}

public sealed class SlackAuthorization
{
    public string? TeamId { get; set; }
    public string? UserId { get; set; }
    public bool? IsBot { get; set; }
}

/// <summary>The inner event of <c>app_mention</c> and <c>message</c> (https://docs.slack.dev/reference/events/message.im).</summary>
public sealed class SlackMessageEvent
{
    public const string AppMention = "app_mention";
    public const string Message = "message";
    public const string ImChannelType = "im";

    public string? Type { get; set; }
    public string? Subtype { get; set; }
    public string? Channel { get; set; }
    public string? ChannelType { get; set; }
    public string? User { get; set; }
    public string? Text { get; set; }
    public string? Ts { get; set; }
    public string? EventTs { get; set; }
    public string? ThreadTs { get; set; }
    public string? BotId { get; set; }
    public string? Team { get; set; }
}
