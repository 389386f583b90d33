using Microsoft.AspNetCore.Http.HttpResults;

namespace AllyBot.Bot.Hosting.Http;

/// <summary>
/// The RFC 9457 answers the HTTP edges give to bad requests. Details say what is wrong with the request's
/// shape, never echo its content (it may hold a person's message).
/// </summary>
public static class RequestProblems
{
    public static ProblemHttpResult UnsupportedMediaType(string? contentType) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported content type",
        detail: $"Send the body as application/json (UTF-8); the request had {(string.IsNullOrEmpty(contentType) ? "no Content-Type" : $"Content-Type '{Truncate(contentType)}'")}.");

    public static ProblemHttpResult TooLarge(int maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The request body is larger than the {maxBytes}-byte limit.");

    /// <summary>A part of an otherwise readable request over its own limit (e.g. a message's text).</summary>
    public static ProblemHttpResult PartTooLarge(string part, int limit, string unit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"'{part}' is longer than the {limit}-{unit} limit.");

    /// <summary>The body could not be read to its end: broken framing (400), too slow (408), over the server's own limit (413).</summary>
    public static ProblemHttpResult UnreadableBody(int statusCode) => TypedResults.Problem(
        statusCode: statusCode is StatusCodes.Status408RequestTimeout or StatusCodes.Status413PayloadTooLarge ? statusCode : StatusCodes.Status400BadRequest,
        title: "Unreadable request body",
        detail: statusCode switch
        {
            StatusCodes.Status408RequestTimeout => "The request body arrived too slowly.",
            StatusCodes.Status413PayloadTooLarge => "The request body is larger than the server accepts.",
            _ => "The request body ended early or its framing (chunked encoding, Content-Length) is broken.",
        });

    public static ProblemHttpResult NotUnicode() => BadRequest(
        "Invalid text encoding",
        "The request body is not valid UTF-8, or a JSON string in it holds an unpaired UTF-16 surrogate escape.");

    public static ProblemHttpResult EmptyBody() => BadRequest("Empty request body", "The request has no body; send a JSON object.");

    public static ProblemHttpResult MalformedJson(string where) => BadRequest("Malformed JSON", $"The request body is not valid JSON of the shape this endpoint takes ({where}).");

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
