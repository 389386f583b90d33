using AllyBot.Bot.Channels.Slack.Signing;
using AllyBot.Bot.Hosting.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllyBot.Bot.Channels.Slack.Endpoints;

/// <summary>
/// The first step of every Slack endpoint: refuse when Slack is not configured, read the raw body with the shared
/// <see cref="RequestBodyReader"/> (bounded by <see cref="SlackOptions.MaxRequestBodyBytes"/>; broken framing is a
/// 4xx), and check Slack's request signature over exactly those bytes. Nothing is parsed before the signature holds.
/// </summary>
public static partial class SlackRequestReader
{
    /// <summary>The verified raw body, or the problem to answer with.</summary>
    public static async Task<RequestRead<byte[]>> ReadVerifiedAsync(HttpContext context, SlackOptions options, SlackSignatureVerifier verifier, ILogger logger)
    {
        if (!options.IsConfigured)
            return Fail(StatusCodes.Status503ServiceUnavailable, "Slack is not configured",
                "This AllyBot has no Slack signing secret, so it cannot check that requests come from Slack. Set Slack:SigningSecret (see docs/slack.md).");

        var request = context.Request;
        var read = await RequestBodyReader.ReadAsync(request, options.MaxRequestBodyBytes, context.RequestAborted);
        if (!read.Succeeded)
            return read;

        var check = verifier.Verify(options.SigningSecret!,
            request.Headers[SlackSignatureVerifier.TimestampHeader].ToString(),
            request.Headers[SlackSignatureVerifier.SignatureHeader].ToString(),
            read.Value!);
        if (check != SlackSignatureCheck.Valid)
        {
            LogRejected(logger, request.Path, check);
            return Fail(StatusCodes.Status401Unauthorized, "Invalid Slack request signature", check switch
            {
                SlackSignatureCheck.MissingHeaders => "The X-Slack-Signature and X-Slack-Request-Timestamp headers are required.",
                SlackSignatureCheck.MalformedTimestamp => "X-Slack-Request-Timestamp is not a Unix time in seconds.",
                SlackSignatureCheck.StaleTimestamp => "X-Slack-Request-Timestamp is more than five minutes away from now.",
                _ => "X-Slack-Signature does not match the request body.",
            });
        }
        return read;
    }

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed Slack request", detail: detail);

    private static RequestRead<byte[]> Fail(int status, string title, string detail) =>
        RequestRead<byte[]>.Fail(TypedResults.Problem(statusCode: status, title: title, detail: detail));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a Slack request to {Path}: {Check}")]
    private static partial void LogRejected(ILogger logger, PathString path, SlackSignatureCheck check);
}
