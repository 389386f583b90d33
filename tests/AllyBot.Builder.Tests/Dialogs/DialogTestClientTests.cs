using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Testing;

namespace AllyBot.Builder.Tests.Dialogs;

public class DialogTestClientTests
{
    private static ComponentDialog Greeting()
    {
        var dialog = new ComponentDialog("greeting");
        dialog.AddDialog(new WaterfallDialog("steps", [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Hello {step.GetOptions<string>() ?? "there"}.", cancellationToken: ct);
                return await step.PromptAsync("choice", new PromptOptions { Prompt = MessageFactory.Text("Pick a topic"), Choices = ChoiceFactory.ToChoices(["Goal", "Allies"]) }, ct);
            },
            (step, ct) => step.EndDialogAsync(step.GetResult<FoundChoice>()!.Value, ct),
        ]));
        dialog.AddDialog(new ChoicePrompt("choice"));
        return dialog;
    }

    [Fact]
    public async Task SendActivityAsync_ReturnsRepliesInOrderAndTracksTurnResult()
    {
        var client = new DialogTestClient(Channels.Test, Greeting(), initialDialogOptions: "Ada");

        var first = await client.SendActivityAsync<Activity>("hi");
        var second = client.GetNextReply<Activity>();

        Assert.Equal("Hello Ada.", first!.Text);
        Assert.Equal("Pick a topic", second!.Text);
        Assert.Null(client.GetNextReply<Activity>());
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);

        var last = await client.SendActivityAsync<Activity>("allies");

        Assert.Null(last);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
        Assert.Equal("Allies", client.DialogTurnResult.GetResult<string>());
    }

    [Fact]
    public async Task SendActivityAsync_Activity_CarriesValue()
    {
        var client = new DialogTestClient(Channels.Webchat, Greeting());
        await client.SendActivityAsync<Activity>("hi");
        client.GetNextReply<Activity>();

        await client.SendActivityAsync<Activity>(new Activity { Type = ActivityTypes.Message, Value = new { choice = "Goal" } });

        Assert.Equal("Goal", client.DialogTurnResult!.GetResult<string>());
    }
}
