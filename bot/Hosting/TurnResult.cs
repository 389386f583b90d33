using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Hosting;

/// <summary>What a channel edge needs after a turn to answer its caller.</summary>
/// <param name="BufferedReplies">Every reply of an <c>expectReplies</c> turn, in order; empty otherwise.</param>
/// <param name="InvokeResponse">The bot's answer to an <c>invoke</c>, or null when nothing answered it.</param>
/// <param name="IsDuplicate">The activity was a retried delivery of one already processed; no turn ran.</param>
public sealed record TurnResult(IReadOnlyList<Activity> BufferedReplies, InvokeResponse? InvokeResponse, bool IsDuplicate)
{
    public static TurnResult Duplicate { get; } = new([], null, true);
}
