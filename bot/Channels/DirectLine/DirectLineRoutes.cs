namespace AllyBot.Bot.Channels.DirectLine;

public static class DirectLineRoutes
{
    /// <summary>Where Direct Line 3.0 lives; Web Chat is pointed at <c>domain: origin + Prefix</c>.</summary>
    public const string Prefix = "/v3/directline";

    /// <summary>Where the chapter-site page (or a chapter's server) gets a token for a new conversation.</summary>
    public const string WidgetToken = "/api/directline/token";
}
