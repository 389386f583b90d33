namespace AllyBot.Builder.Schema;

/// <summary>Well-known <see cref="Activity.Name"/> values of <c>event</c> activities the SDK itself creates.</summary>
public static class ActivityEventNames
{
    /// <summary>The event a proactive turn (<c>ContinueConversationAsync</c>) starts with.</summary>
    public const string ContinueConversation = "ContinueConversation";

    public const string CreateConversation = "CreateConversation";
}

/// <summary>Values of <see cref="Activity.AttachmentLayout"/>.</summary>
public static class AttachmentLayoutTypes
{
    public const string List = "list";
    public const string Carousel = "carousel";
}
