namespace AllyBot.Bot.Channels.Slack.Inbound;

/// <summary>
/// The outcome of checking a Slack payload: <see cref="Accepted"/> as a typed record a turn can use, ignored
/// (neither set: nothing to do, acknowledged with 200), or <see cref="Rejection"/> (answered 400 with that reason).
/// </summary>
public readonly record struct SlackChecked<T>(T? Accepted, string? Rejection)
    where T : class
{
    public static SlackChecked<T> Accept(T value) => new(value, null);

    public static SlackChecked<T> Ignore() => new(null, null);

    public static SlackChecked<T> Reject(string reason) => new(null, reason);
}
