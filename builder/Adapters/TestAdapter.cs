using System.Collections.Concurrent;
using System.Globalization;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Adapters;

/// <summary>
/// An in-memory adapter for tests (SDK: <c>TestAdapter</c>): activities sent to the bot are stamped with the
/// <see cref="Conversation"/> reference, run through the middleware and the bot, and the bot's replies are queued
/// in <see cref="ActiveQueue"/> for <see cref="TestFlow"/> (or <see cref="GetNextReply"/>) to check.
/// </summary>
public class TestAdapter : BotAdapter
{
    private readonly bool _sendTraceActivity;
    private readonly TimeProvider _timeProvider;
    private int _nextId;

    /// <summary>An adapter on <paramref name="channelId"/> (default <c>test</c>) with the default conversation.</summary>
    public TestAdapter(string? channelId = null, bool sendTraceActivity = false, TimeProvider? timeProvider = null)
        : this(CreateConversation(channelId ?? Channels.Test), sendTraceActivity, timeProvider)
    {
    }

    public TestAdapter(ConversationReference conversation, bool sendTraceActivity = false, TimeProvider? timeProvider = null)
    {
        Conversation = conversation ?? throw new ArgumentNullException(nameof(conversation));
        _sendTraceActivity = sendTraceActivity;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Where the test conversation lives: channel, user, bot, conversation id, locale.</summary>
    public ConversationReference Conversation { get; set; }

    /// <summary>Replies from the bot, oldest first.</summary>
    public ConcurrentQueue<Activity> ActiveQueue { get; } = new();

    /// <summary>What the test channel can show, put in every turn's state (default <see cref="ChannelCapabilities.TextOnly"/>).</summary>
    public ChannelCapabilities Capabilities { get; set; } = ChannelCapabilities.TextOnly;

    /// <summary>The locale stamped on activities that have none (default <c>en-us</c>, as in the SDK).</summary>
    public string Locale { get; set; } = "en-us";

    /// <summary>The default test conversation: user <c>user1</c>, bot <c>bot</c>, conversation <c>convo1</c>.</summary>
    public static ConversationReference CreateConversation(string channelId, string user = "user1", string bot = "bot") => new()
    {
        ChannelId = channelId,
        ServiceUrl = "https://test.com",
        User = new ChannelAccount(user, user, RoleTypes.User),
        Bot = new ChannelAccount(bot, bot, RoleTypes.Bot),
        Conversation = new ConversationAccount("convo1", "Conversation1", isGroup: false),
        Locale = "en-us",
    };

    /// <summary>Adds middleware; returns this adapter for chaining.</summary>
    public new TestAdapter Use(IMiddleware middleware)
    {
        base.Use(middleware);
        return this;
    }

    /// <summary>Runs one turn for <paramref name="activity"/>, filling in the routing fields it lacks from <see cref="Conversation"/>.</summary>
    public virtual async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Conversation.ChannelId;
        activity.From ??= Conversation.User;
        activity.Recipient ??= Conversation.Bot;
        activity.Conversation ??= Conversation.Conversation;
        activity.ServiceUrl ??= Conversation.ServiceUrl;
        activity.Id ??= NextId();
        activity.Timestamp ??= _timeProvider.GetUtcNow();
        activity.Locale ??= Conversation.Locale ?? Locale;

        using var context = CreateTurnContext(activity);
        ChannelCapabilities.Set(context, Capabilities);
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="userSays"/> as a message from the test user.</summary>
    public Task SendTextToBotAsync(string userSays, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(userSays), callback, cancellationToken);

    /// <summary>A message from the test user to the bot in the test conversation.</summary>
    public Activity MakeActivity(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Locale = Conversation.Locale ?? Locale,
        From = Conversation.User,
        Recipient = Conversation.Bot,
        Conversation = Conversation.Conversation,
        ServiceUrl = Conversation.ServiceUrl,
        ChannelId = Conversation.ChannelId,
        Id = NextId(),
        Text = text,
    };

    /// <summary>A <c>conversationUpdate</c> saying the user (and the bot) joined, as channels send at the start.</summary>
    public Activity MakeConversationUpdate() => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Locale = Conversation.Locale ?? Locale,
        From = Conversation.User,
        Recipient = Conversation.Bot,
        Conversation = Conversation.Conversation,
        ServiceUrl = Conversation.ServiceUrl,
        ChannelId = Conversation.ChannelId,
        Id = NextId(),
        MembersAdded = new[] { Conversation.User, Conversation.Bot }.OfType<ChannelAccount>().ToList(),
    };

    /// <summary>Takes the oldest queued reply, or null when there is none.</summary>
    public Activity? GetNextReply() => ActiveQueue.TryDequeue(out var reply) ? reply : null;

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            activity.Id ??= Guid.NewGuid().ToString("n");
            activity.Timestamp ??= _timeProvider.GetUtcNow();
            responses[i] = new ResourceResponse(activity.Id);

            if (activity.Type == ActivityTypes.Delay)
            {
                // The SDK's "delay" pseudo-activity: pause the outgoing stream for value milliseconds.
                var ms = BuilderJson.Convert<int?>(activity.Value) ?? 1000;
                await Task.Delay(TimeSpan.FromMilliseconds(ms), _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            else if (activity.Type != ActivityTypes.Trace || _sendTraceActivity)
            {
                ActiveQueue.Enqueue(activity);
            }
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ReplaceQueue(queued => queued.Id == activity.Id ? activity : queued);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ReplaceQueue(queued => queued.Id == reference.ActivityId ? null : queued);
        return Task.CompletedTask;
    }

    /// <summary>Creates the context for a turn; override to add services to <see cref="ITurnContext.TurnState"/>.</summary>
    protected virtual TurnContext CreateTurnContext(Activity activity) => new(this, activity);

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    private void ReplaceQueue(Func<Activity, Activity?> map)
    {
        lock (ActiveQueue)
        {
            var kept = ActiveQueue.ToArray().Select(map).OfType<Activity>().ToList();
            ActiveQueue.Clear();
            foreach (var activity in kept) ActiveQueue.Enqueue(activity);
        }
    }
}
