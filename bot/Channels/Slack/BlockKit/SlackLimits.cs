namespace AllyBot.Bot.Channels.Slack.BlockKit;

/// <summary>Block Kit limits (docs/protocols.md §6; https://api.slack.com/reference/block-kit/blocks).</summary>
public static class SlackLimits
{
    public const int BlocksPerMessage = 50;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ActionsPerBlock = 25;
    public const int ActionId = 255;

    /// <summary>Slack truncates a message's <c>text</c> beyond about 40 000 characters; the fallback stays well under.</summary>
    public const int FallbackText = 3000;
}
