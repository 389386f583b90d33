using System.Text.RegularExpressions;

namespace AllyBot.Bot.Channels.Slack.Inbound;

/// <summary>
/// Cleans the text of an inbound Slack message for the dialogs: removes the bot's own <c>&lt;@U…&gt;</c>
/// mention (with or without a <c>|name</c> part) and decodes Slack's <c>&amp;amp;</c>, <c>&amp;lt;</c>,
/// <c>&amp;gt;</c> escapes. Other users' mentions stay, as the user wrote them.
/// </summary>
public static partial class SlackMentionText
{
    public static string Clean(string? text, string? botUserId, bool isMention)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        if (!string.IsNullOrEmpty(botUserId))
        {
            var pattern = $"<@{Regex.Escape(botUserId)}(?:\\|[^>]*)?>";
            text = Regex.Replace(text, pattern, " ", RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        else if (isMention)
        {
            // Without the bot's id, the mention that triggered an app_mention is taken to be the first one.
            text = FirstMention().Replace(text, " ", 1);
        }
        text = text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"<@[A-Z0-9]+(?:\|[^>]*)?>")]
    private static partial Regex FirstMention();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
