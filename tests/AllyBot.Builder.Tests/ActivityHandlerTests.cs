using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Tests;

public class ActivityHandlerTests
{
    private sealed class RecordingBot : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Calls.Add($"message:{turnContext.Activity.Text}");
            return Task.CompletedTask;
        }

        protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Calls.Add($"added:{string.Join(",", membersAdded.Select(m => m.Id))}");
            return Task.CompletedTask;
        }

        protected override Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Calls.Add($"event:{turnContext.Activity.Name}");
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task OnTurnAsync_Activities_DispatchedByType()
    {
        var adapter = new TestAdapter();
        var bot = new RecordingBot();

        await adapter.SendTextToBotAsync("hi", bot.OnTurnAsync);
        await adapter.ProcessActivityAsync(adapter.MakeConversationUpdate(), bot.OnTurnAsync);
        await adapter.ProcessActivityAsync(new Activity { Type = ActivityTypes.Event, Name = "meetingSoon" }, bot.OnTurnAsync);
        await adapter.ProcessActivityAsync(new Activity { Type = "somethingNew" }, bot.OnTurnAsync);

        Assert.Equal(["message:hi", "added:user1", "event:meetingSoon"], bot.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_UnhandledInvoke_SendsInvokeResponse501()
    {
        var adapter = new TestAdapter();

        await adapter.ProcessActivityAsync(new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action" }, new RecordingBot().OnTurnAsync);

        var sent = Assert.Single(adapter.ActiveQueue);
        Assert.Equal(ActivityTypes.InvokeResponse, sent.Type);
        Assert.Equal(501, Assert.IsType<InvokeResponse>(sent.Value).Status);
    }
}
