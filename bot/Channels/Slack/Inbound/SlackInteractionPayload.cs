namespace AllyBot.Bot.Channels.Slack.Inbound;

/// <summary>
/// The JSON in an interactivity request's <c>payload</c> form field
/// (https://docs.slack.dev/reference/interaction-payloads/block_actions-payload). Only <c>block_actions</c> is handled.
/// </summary>
public sealed class SlackInteractionPayload
{
    public const string BlockActions = "block_actions";

    public string? Type { get; set; }
    public SlackIdRef? Team { get; set; }
    public SlackInteractionUser? User { get; set; }
    public SlackIdRef? Channel { get; set; }
    public SlackInteractionContainer? Container { get; set; }
    public SlackInteractionMessage? Message { get; set; }
    public List<SlackBlockAction>? Actions { get; set; }
    public string? ApiAppId { get; set; }
}

public sealed class SlackIdRef
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}

public sealed class SlackInteractionUser
{
    public string? Id { get; set; }
    public string? Username { get; set; }
    public string? Name { get; set; }
    public string? TeamId { get; set; }
}

/// <summary>Where the clicked element lives: for a message, its channel, <c>message_ts</c> and thread.</summary>
public sealed class SlackInteractionContainer
{
    public string? Type { get; set; }
    public string? MessageTs { get; set; }
    public string? ChannelId { get; set; }
    public string? ThreadTs { get; set; }
    public bool? IsEphemeral { get; set; }
}

public sealed class SlackInteractionMessage
{
    public string? Ts { get; set; }
    public string? ThreadTs { get; set; }
    public string? User { get; set; }
    public string? BotId { get; set; }
}

public sealed class SlackBlockAction
{
    public string? ActionId { get; set; }
    public string? BlockId { get; set; }
    public string? Type { get; set; }
    public string? Value { get; set; }
    public string? ActionTs { get; set; }
}
