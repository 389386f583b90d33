namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>The problem-details answers of the Direct Line endpoints (RFC 9457 bodies, never a bare status).</summary>
internal static class DirectLineProblems
{
    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static IResult MissingCredentials() => Problem(
        StatusCodes.Status401Unauthorized,
        "Missing credentials",
        "Send 'Authorization: Bearer <secret or token>'.");

    public static IResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static IResult ConversationNotFound() => Problem(
        StatusCodes.Status404NotFound,
        "Conversation not found",
        "The conversation does not exist or has expired; start a new one.");

    public static IResult TooManyStreams(int max) => Problem(
        StatusCodes.Status429TooManyRequests,
        "Too many open streams",
        $"This conversation already has {max} open WebSockets; close one (or poll the activities) instead.");

    public static IResult BotFailed() => Problem(
        StatusCodes.Status502BadGateway,
        "The bot failed",
        "The bot could not process the activity.");

    private static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
