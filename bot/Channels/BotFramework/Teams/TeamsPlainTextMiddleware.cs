using System.Net;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;

namespace AllyBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Teams renders message text as Markdown whatever <c>textFormat</c> says, so the line breaks of a plain-text
/// message collapse: a pitch arrives as one block ("Hi Tanya, Maya here …", the sign-off run into the last
/// sentence), and the Agents Playground shows the same. On msteams, a plain message with line breaks is sent as
/// Teams' XML (HTML) format instead: the text HTML-encoded, each line break a <c>&lt;br&gt;</c>, so it shows, and is
/// copied, with its lines, and nothing the person typed is read as markup (docs/protocols.md §5). A streamed
/// reply's final message is sent so too, and its updates are written the same way (TeamsStreamingResponse).
/// </summary>
public sealed class TeamsPlainTextMiddleware : TeamsOutgoingMiddleware
{
    protected override void Reshape(Activity activity) => KeepLineBreaks(activity);

    internal static void KeepLineBreaks(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message
            || !string.Equals(activity.TextFormat, TextFormatTypes.Plain, StringComparison.Ordinal)
            || activity.Text is not { } text
            || !(text.Contains('\n', StringComparison.Ordinal) || StreamInfo.From(activity)?.StreamType == StreamTypes.Final))
        {
            return;
        }
        activity.Text = AsXml(text);
        activity.TextFormat = TextFormatTypes.Xml;
    }

    /// <summary>
    /// Plain text in Teams' XML format: HTML-encoded, each line break a <c>&lt;br&gt;</c>. Character by character,
    /// so the streamed text of a reply stays a prefix of its final message (Teams refuses a stream otherwise).
    /// </summary>
    public static string AsXml(string text) =>
        string.Join("<br>", text.ReplaceLineEndings("\n").Split('\n').Select(WebUtility.HtmlEncode));
}
