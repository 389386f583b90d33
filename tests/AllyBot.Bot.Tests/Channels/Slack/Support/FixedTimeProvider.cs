namespace AllyBot.Bot.Tests.Channels.Slack.Support;

/// <summary>A clock that says what the test says. Timers still run on real time (Slack delays in tests are short).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;
}
