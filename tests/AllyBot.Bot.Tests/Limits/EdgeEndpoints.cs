namespace AllyBot.Bot.Tests.Limits;

/// <summary>The POST endpoints of every HTTP edge, with what a request to each needs to get past authentication.</summary>
public static class EdgeEndpoints
{
    /// <summary>The endpoints that read a request body.</summary>
    public static readonly string[] ReadingABody =
        ["messages", "tokens/generate", "conversations", "activities", "slack/events", "slack/interactions", "slack/commands"];

    /// <summary>Every POST endpoint (tokens/refresh reads no body).</summary>
    public static readonly string[] All = [.. ReadingABody, "tokens/refresh"];

    public static string Path(string endpoint, string conversationId) => endpoint switch
    {
        "messages" => "/api/messages",
        "tokens/generate" => "/v3/directline/tokens/generate",
        "tokens/refresh" => "/v3/directline/tokens/refresh",
        "conversations" => "/v3/directline/conversations",
        "activities" => $"/v3/directline/conversations/{conversationId}/activities",
        "slack/events" => "/api/slack/events",
        "slack/interactions" => "/api/slack/interactions",
        "slack/commands" => "/api/slack/commands",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    public static bool IsSlack(string endpoint) => endpoint.StartsWith("slack/", StringComparison.Ordinal);

    public static string ContentType(string endpoint) =>
        endpoint is "slack/interactions" or "slack/commands" ? "application/x-www-form-urlencoded" : "application/json";

    /// <summary>Content-Type plus credentials (the Direct Line secret, or Slack's signature over <paramref name="body"/>) as raw header lines.</summary>
    public static string Headers(string endpoint, byte[] body, string? bearer = null) =>
        $"Content-Type: {ContentType(endpoint)}\r\n" + endpoint switch
        {
            "messages" => "",
            _ when IsSlack(endpoint) => EdgeHost.SlackHeaders(body),
            _ => $"Authorization: Bearer {bearer ?? EdgeHost.DirectLineSecret}\r\n",
        };
}
