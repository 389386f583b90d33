using System.Text.Json;
using AllyBot.Builder.Schema;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AllyBot.Bot.Hosting.Http;

/// <summary>
/// Turns an HTTP request into one <see cref="Activity"/>, or into the 4xx problem that says why not:
/// wrong content type (415), body over <see cref="BotHostOptions.MaxRequestBodyBytes"/> (413), malformed
/// JSON, no <c>type</c>, no <c>conversation.id</c> (400). For every HTTP edge that receives activities.
/// </summary>
public sealed class HttpActivityReader(IOptions<BotHostOptions> options)
{
    public async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
            return ActivityReadResult.Fail(RequestProblems.UnsupportedMediaType(request.ContentType));

        var maxBytes = options.Value.MaxRequestBodyBytes;
        byte[]? body;
        try
        {
            body = await RequestBodyReader.ReadLimitedAsync(request, maxBytes, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limits and framing errors (e.g. bad chunked encoding) arrive here.
            return ActivityReadResult.Fail(TypedResults.Problem(statusCode: ex.StatusCode, title: "Bad request body", detail: "The request body could not be read."));
        }
        if (body is null)
            return ActivityReadResult.Fail(RequestProblems.TooLarge(maxBytes));
        if (body.Length == 0)
            return ActivityReadResult.Fail(RequestProblems.EmptyBody());

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BuilderJson.Options);
        }
        catch (JsonException ex)
        {
            return ActivityReadResult.Fail(RequestProblems.MalformedJson(
                $"at path {ex.Path ?? "$"}, line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}"));
        }
        if (activity is null)
            return ActivityReadResult.Fail(RequestProblems.MalformedJson("the body is JSON null"));

        return Validate(activity) is { } problem ? ActivityReadResult.Fail(problem) : ActivityReadResult.Ok(activity);
    }

    /// <summary>The checks every channel needs before a turn can run.</summary>
    public static ProblemHttpResult? Validate(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
            return RequestProblems.InvalidActivity("The activity has no 'type'.");
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            return RequestProblems.InvalidActivity("The activity has no 'conversation.id'.");
        return null;
    }

    /// <summary>application/json or any +json type; a charset, if given, must be UTF-8.</summary>
    public static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
            return false;
        var isJson = mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
        var charset = mediaType.Charset;
        var isUtf8 = !charset.HasValue
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
        return isJson && isUtf8;
    }
}

/// <summary>Either the activity read from the request, or the problem to answer with.</summary>
public sealed record ActivityReadResult(Activity? Activity, ProblemHttpResult? Problem)
{
    public static ActivityReadResult Ok(Activity activity) => new(activity, null);

    public static ActivityReadResult Fail(ProblemHttpResult problem) => new(null, problem);
}
