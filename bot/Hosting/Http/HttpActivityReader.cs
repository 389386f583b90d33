using AllyBot.Builder.Schema;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Hosting.Http;

/// <summary>
/// Turns an HTTP request into one <see cref="Activity"/>, or into the 4xx problem that says why not: whatever
/// <see cref="RequestBodyReader"/> refuses (415, 413, 408, 400 for broken framing, text that is not Unicode,
/// malformed JSON), and an activity without <c>type</c>, <c>conversation.id</c>, <c>from.id</c> or
/// <c>channelId</c> (400). For every HTTP edge that receives Bot Framework activities.
/// </summary>
public sealed class HttpActivityReader(IOptions<BotHostOptions> options)
{
    public async Task<RequestRead<Activity>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await RequestBodyReader.ReadJsonAsync<Activity>(request, options.Value.MaxRequestBodyBytes, BuilderJson.Options, optional: false, cancellationToken);
        if (!read.Succeeded)
            return read;
        return Validate(read.Value!) is { } problem ? RequestRead<Activity>.Fail(problem) : read;
    }

    /// <summary>The checks every channel needs before a turn can run: who sent it, on which channel, in which conversation.</summary>
    public static ProblemHttpResult? Validate(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
            return RequestProblems.InvalidActivity("The activity has no 'type'.");
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            return RequestProblems.InvalidActivity("The activity has no 'conversation.id'.");
        if (string.IsNullOrWhiteSpace(activity.From?.Id))
            return RequestProblems.InvalidActivity("The activity has no 'from.id'.");
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
            return RequestProblems.InvalidActivity("The activity has no 'channelId'.");
        return null;
    }
}
