using Microsoft.AspNetCore.Http.HttpResults;

namespace AllyBot.Bot.Hosting.Http;

/// <summary>
/// The RFC 7807 answers the HTTP edges give to bad requests. Details say what is wrong with the request's
/// shape, never echo its content (it may hold a person's message).
/// </summary>
public static class RequestProblems
{
    public static ProblemHttpResult UnsupportedMediaType(string? contentType) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported content type",
        detail: $"Send the activity as application/json (UTF-8); the request had {(string.IsNullOrEmpty(contentType) ? "no Content-Type" : $"Content-Type '{Truncate(contentType)}'")}.");

    public static ProblemHttpResult TooLarge(int maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The request body is larger than the {maxBytes}-byte limit.");

    public static ProblemHttpResult EmptyBody() => BadRequest("Empty request body", "The request has no body; send one activity as a JSON object.");

    public static ProblemHttpResult MalformedJson(string where) => BadRequest("Malformed JSON", $"The request body is not a valid activity JSON object ({where}).");

    public static ProblemHttpResult InvalidActivity(string detail) => BadRequest("Invalid activity", detail);

    public static ProblemHttpResult Unauthorized(string reason) => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Unauthorized",
        detail: reason);

    public static ProblemHttpResult BadRequest(string title, string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: title,
        detail: detail);

    private static string Truncate(string value) => value.Length <= 100 ? value : value[..100] + "…";
}
