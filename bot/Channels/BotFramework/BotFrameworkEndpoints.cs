using AllyBot.Bot.Hosting.Http;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>, the endpoint registered with Azure Bot Service. The answer, as the SDK's
/// CloudAdapter gives it: an <c>invoke</c> gets the bot's <see cref="InvokeResponse"/> (501 when nothing
/// answered); <c>deliveryMode: expectReplies</c> gets 200 <c>{"activities":[…]}</c>; anything else gets an
/// empty 200 once the turn is done (its replies went to the connector). Bad requests get 4xx problem details.
/// </summary>
public static class BotFrameworkEndpoints
{
    public const string MessagesPath = "/api/messages";

    public static IEndpointConventionBuilder MapBotFramework(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(MessagesPath, PostActivityAsync).WithName("BotFrameworkMessages");

    private static async Task<IResult> PostActivityAsync(
        HttpRequest request,
        HttpActivityReader reader,
        IChannelRequestAuthenticator authenticator,
        BotFrameworkHttpAdapter adapter,
        IHostApplicationLifetime lifetime,
        CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(request, cancellationToken);
        if (!read.Succeeded)
            return read.Problem;
        var activity = read.Value!;

        var expectReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (!expectReplies && !IsHttpUrl(activity.ServiceUrl))
            return RequestProblems.InvalidActivity("The activity has no valid 'serviceUrl' to send replies to (required unless deliveryMode is expectReplies).");

        var authentication = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, cancellationToken);
        if (!authentication.Succeeded)
            return RequestProblems.Unauthorized(authentication.FailureReason ?? "The request is not authenticated.");

        // The turn is not tied to the caller's connection: a channel that gives up waiting (Teams after 15 s)
        // retries, and the retry is dropped as a duplicate, so the first delivery must finish and save.
        var result = await adapter.ProcessActivityAsync(activity, authentication.Identity, cancellationToken: lifetime.ApplicationStopping);

        if (result.IsDuplicate)
            // Already processed: acknowledge so the channel stops retrying; the replies went out the first time.
            return expectReplies ? TypedResults.Json(new ExpectedReplies(), BuilderJson.Options) : TypedResults.Ok();
        if (activity.Type == ActivityTypes.Invoke)
            return result.InvokeResponse is { } invoke ? InvokeResult(invoke) : TypedResults.StatusCode(StatusCodes.Status501NotImplemented);
        if (expectReplies)
            return TypedResults.Json(new ExpectedReplies(result.BufferedReplies), BuilderJson.Options);
        return TypedResults.Ok();
    }

    private static IResult InvokeResult(InvokeResponse invoke) => invoke.Body is null
        ? TypedResults.StatusCode(invoke.Status)
        : TypedResults.Json(invoke.Body, BuilderJson.Options, statusCode: invoke.Status);

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
