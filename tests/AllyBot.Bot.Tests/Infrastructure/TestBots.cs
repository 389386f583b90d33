using AllyBot.Bot.Hosting;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Bot.Tests.Infrastructure;

/// <summary>
/// Counts messages in conversation state with a pause between read and write, the pattern that loses
/// updates (or hits ETag conflicts) if two turns of one conversation overlap. Records overlap it sees.
/// </summary>
public sealed class SlowCounterBot(ConversationState conversationState) : IBot
{
    private readonly IStatePropertyAccessor<int> _count = conversationState.CreateProperty<int>("count");
    private readonly Dictionary<string, int> _running = new();
    private int _runningOverall;

    public TimeSpan Pause { get; set; } = TimeSpan.FromMilliseconds(300);
    public int MaxOverlapInOneConversation { get; private set; }
    public int MaxOverlapOverall { get; private set; }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
            return;
        var conversation = turnContext.Activity.Conversation!.Id!;
        Enter(conversation);
        try
        {
            var count = await _count.GetAsync(turnContext, () => 0, cancellationToken);
            await Task.Delay(Pause, cancellationToken);
            await _count.SetAsync(turnContext, count + 1, cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
            await turnContext.SendActivityAsync($"count {count + 1}", cancellationToken: cancellationToken);
        }
        finally
        {
            Leave(conversation);
        }
    }

    private void Enter(string conversation)
    {
        lock (_running)
        {
            _running[conversation] = _running.GetValueOrDefault(conversation) + 1;
            _runningOverall++;
            MaxOverlapInOneConversation = Math.Max(MaxOverlapInOneConversation, _running[conversation]);
            MaxOverlapOverall = Math.Max(MaxOverlapOverall, _runningOverall);
        }
    }

    private void Leave(string conversation)
    {
        lock (_running)
        {
            _running[conversation]--;
            _runningOverall--;
        }
    }
}

/// <summary>Answers invokes both ways the host supports, and fails on demand after changing state.</summary>
public sealed class ScriptedBot(ConversationState conversationState) : IBot
{
    public const string SecretText = "my-private-plan-naming-Dr-Jones";

    private readonly IStatePropertyAccessor<string> _last = conversationState.CreateProperty<string>("last");

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Invoke && activity.Name == "test/activity")
        {
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = new InvokeResponse(200, new { ok = true }) }, cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Invoke && activity.Name == "test/turnstate")
        {
            turnContext.TurnState[ChannelAdapterBase.InvokeResponseKey] = new InvokeResponse(202, new { queued = 1 });
        }
        else if (activity.Type == ActivityTypes.Invoke && activity.Name == "test/fail")
        {
            throw new InvalidOperationException("Invoke failed on purpose.");
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            var before = await _last.GetAsync(turnContext, () => "(nothing)", cancellationToken);
            await _last.SetAsync(turnContext, activity.Text!, cancellationToken);
            if (activity.Text!.Contains("boom", StringComparison.Ordinal))
            {
                await turnContext.SendActivityAsync("about to fail", cancellationToken: cancellationToken);
                throw new InvalidOperationException("The bot failed on purpose.");
            }
            await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
            await turnContext.SendActivityAsync($"before: {before}", cancellationToken: cancellationToken);
        }
    }
}
