using System.Text.Json.Serialization;

namespace AllyBot.Bot.Channels.Slack.BlockKit;

/// <summary>
/// The Block Kit blocks AllyBot posts (https://api.slack.com/reference/block-kit/blocks). Serialized with
/// <see cref="SlackJson.Options"/> (snake_case), the <c>type</c> discriminator written first.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ImageBlock), "image")]
public abstract record SlackBlock
{
    public string? BlockId { get; init; }
}

/// <summary>Text (≤ 3000 characters) and/or up to 10 fields (≤ 2000 characters each).</summary>
public sealed record SectionBlock(SlackText? Text, IReadOnlyList<SlackText>? Fields = null) : SlackBlock;

/// <summary>A large plain-text title, ≤ 150 characters.</summary>
public sealed record HeaderBlock(SlackText Text) : SlackBlock;

/// <summary>Up to 25 interactive elements in a row.</summary>
public sealed record ActionsBlock(IReadOnlyList<SlackButton> Elements) : SlackBlock;

public sealed record DividerBlock : SlackBlock;

/// <summary>Small, subdued text (up to 10 elements).</summary>
public sealed record ContextBlock(IReadOnlyList<SlackText> Elements) : SlackBlock;

public sealed record ImageBlock(string ImageUrl, string AltText) : SlackBlock;

/// <summary>A text object: <c>mrkdwn</c> or <c>plain_text</c>.</summary>
public sealed record SlackText(string Type, string Text)
{
    public const string MrkdwnType = "mrkdwn";
    public const string PlainTextType = "plain_text";

    public static SlackText Mrkdwn(string text) => new(MrkdwnType, text);

    public static SlackText Plain(string text) => new(PlainTextType, text);
}

/// <summary>
/// A button element. A click is delivered as a <c>block_actions</c> interaction carrying
/// <see cref="Value"/>; a button with <see cref="Url"/> opens the link (Slack still notifies the app).
/// </summary>
public sealed record SlackButton(SlackText Text, string ActionId, string? Value = null, string? Url = null)
{
    [JsonPropertyOrder(-1)]
    public string Type => "button";
}

/// <summary>One <c>chat.postMessage</c> worth of content: the notification fallback text and the blocks.</summary>
public sealed record SlackMessageDraft(string Text, IReadOnlyList<SlackBlock> Blocks);
