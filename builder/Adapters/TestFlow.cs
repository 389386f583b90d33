using Stopwatch = System.Diagnostics.Stopwatch;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Adapters;

/// <summary>
/// A scripted conversation against a <see cref="TestAdapter"/> (SDK: <c>TestFlow</c>). Each call returns a new
/// flow with one more step; nothing runs until <see cref="StartTestAsync"/>:
/// <code>
/// await new TestFlow(adapter, bot.OnTurnAsync)
///     .Send("hi").AssertReply("What is your goal?")
///     .Test("more allies", "Who could help?")
///     .StartTestAsync();
/// </code>
/// A failed expectation throws <see cref="TestFlowAssertionException"/>, so any test framework reports it.
/// Replies are checked in order; a turn's replies are all queued by the time its <c>Send</c> step finishes.
/// </summary>
public sealed class TestFlow
{
    /// <summary>How long an assertion waits for a reply by default, in milliseconds (SDK: 3000).</summary>
    public const uint DefaultTimeout = 3000;

    /// <summary>How long <see cref="AssertNoReply"/> watches by default. Short, because turns here finish before the next step runs.</summary>
    public const uint DefaultNoReplyTimeout = 300;

    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly Func<Task> _steps;

    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
        : this(adapter, callback, () => Task.CompletedTask)
    {
    }

    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync)
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, Func<Task> steps)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
        _steps = steps;
    }

    /// <summary>Runs every step in order; throws at the first failed expectation.</summary>
    public Task StartTestAsync() => _steps();

    /// <summary>The user sends <paramref name="userSays"/> as a message.</summary>
    public TestFlow Send(string userSays) =>
        Then(() => _adapter.SendTextToBotAsync(userSays, _callback));

    /// <summary>The user's client sends <paramref name="userActivity"/> (routing fields the activity lacks are filled in).</summary>
    public TestFlow Send(Activity userActivity)
    {
        ArgumentNullException.ThrowIfNull(userActivity);
        return Then(() => _adapter.ProcessActivityAsync(userActivity, _callback));
    }

    /// <summary>The channel announces the conversation (user and bot added), as when a chat opens.</summary>
    public TestFlow SendConversationUpdate() =>
        Then(() => _adapter.ProcessActivityAsync(_adapter.MakeConversationUpdate(), _callback));

    /// <summary>Waits <paramref name="milliseconds"/> before the next step.</summary>
    public TestFlow Delay(uint milliseconds) => Then(() => Task.Delay(TimeSpan.FromMilliseconds(milliseconds)));

    /// <summary>The next reply is a message with exactly this text.</summary>
    public TestFlow AssertReply(string expected, string? description = null, uint timeout = DefaultTimeout) =>
        AssertReply(new Activity { Type = ActivityTypes.Message, Text = expected }, description, timeout);

    /// <summary>The next reply has the type and text of <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(Activity expected, string? description = null, uint timeout = DefaultTimeout)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return AssertReply(
            reply =>
            {
                if (reply.Type != expected.Type || reply.Text != expected.Text)
                    throw new TestFlowAssertionException($"{Label(description)}expected {Describe(expected)} but got {Describe(reply)}.");
            },
            description ?? Describe(expected),
            timeout);
    }

    /// <summary>The next reply passes <paramref name="validateActivity"/>, which throws (any exception) when it does not.</summary>
    public TestFlow AssertReply(Action<Activity> validateActivity, string? description = null, uint timeout = DefaultTimeout)
    {
        ArgumentNullException.ThrowIfNull(validateActivity);
        return Then(async () => validateActivity(await NextReplyAsync(description, timeout).ConfigureAwait(false)));
    }

    /// <summary>The next reply satisfies <paramref name="condition"/>.</summary>
    public TestFlow AssertReply(Func<Activity, bool> condition, string? description = null, uint timeout = DefaultTimeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return AssertReply(
            reply =>
            {
                if (!condition(reply))
                    throw new TestFlowAssertionException($"{Label(description)}the reply {Describe(reply)} did not satisfy the condition.");
            },
            description,
            timeout);
    }

    /// <summary>The next reply is a message whose text is one of <paramref name="candidates"/>.</summary>
    public TestFlow AssertReplyOneOf(string[] candidates, string? description = null, uint timeout = DefaultTimeout)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return AssertReply(
            reply =>
            {
                if (reply.Type != ActivityTypes.Message || !candidates.Contains(reply.Text))
                    throw new TestFlowAssertionException(
                        $"{Label(description)}expected one of [{string.Join(", ", candidates.Select(c => $"'{c}'"))}] but got {Describe(reply)}.");
            },
            description,
            timeout);
    }

    /// <summary>No reply (of any type) arrives within <paramref name="timeout"/> milliseconds.</summary>
    public TestFlow AssertNoReply(string? description = null, uint timeout = DefaultNoReplyTimeout) =>
        Then(async () =>
        {
            var watch = Stopwatch.StartNew();
            do
            {
                if (_adapter.GetNextReply() is { } reply)
                    throw new TestFlowAssertionException($"{Label(description)}expected no reply but got {Describe(reply)}.");
                await Task.Delay(10).ConfigureAwait(false);
            }
            while (watch.ElapsedMilliseconds < timeout);
        });

    /// <summary>Sends <paramref name="userSays"/>, then expects the message <paramref name="expected"/>.</summary>
    public TestFlow Test(string userSays, string expected, string? description = null, uint timeout = DefaultTimeout) =>
        Send(userSays).AssertReply(expected, description, timeout);

    /// <summary>Sends <paramref name="userSays"/>, then expects a reply with the type and text of <paramref name="expected"/>.</summary>
    public TestFlow Test(string userSays, Activity expected, string? description = null, uint timeout = DefaultTimeout) =>
        Send(userSays).AssertReply(expected, description, timeout);

    /// <summary>Sends <paramref name="userSays"/>, then checks the reply with <paramref name="validateActivity"/>.</summary>
    public TestFlow Test(string userSays, Action<Activity> validateActivity, string? description = null, uint timeout = DefaultTimeout) =>
        Send(userSays).AssertReply(validateActivity, description, timeout);

    private TestFlow Then(Func<Task> step)
    {
        var previous = _steps;
        return new TestFlow(_adapter, _callback, async () =>
        {
            await previous().ConfigureAwait(false);
            await step().ConfigureAwait(false);
        });
    }

    private async Task<Activity> NextReplyAsync(string? description, uint timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_adapter.GetNextReply() is { } reply) return reply;
            if (watch.ElapsedMilliseconds >= timeout)
                throw new TestFlowAssertionException($"{Label(description)}timed out after {timeout} ms waiting for a reply.");
            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    private static string Label(string? description) => string.IsNullOrEmpty(description) ? string.Empty : $"{description}: ";

    private static string Describe(Activity activity) =>
        activity.Text is null ? $"a '{activity.Type}' activity" : $"a '{activity.Type}' activity with text '{activity.Text}'";
}

/// <summary>A <see cref="TestFlow"/> expectation was not met.</summary>
public sealed class TestFlowAssertionException(string message) : Exception(message);
