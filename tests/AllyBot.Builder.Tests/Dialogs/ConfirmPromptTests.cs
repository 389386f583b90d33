using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Tests.Dialogs;

public class ConfirmPromptTests
{
    private static DialogHarness Harness(ConfirmPrompt? prompt = null)
    {
        var component = new ComponentDialog("root");
        component.AddDialog(new WaterfallDialog("steps", [
            (step, ct) => step.PromptAsync("confirm", Ask.Text("Shall we draft a pitch?", "Yes or no?"), ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"confirmed: {step.GetResult<bool>()}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        component.AddDialog(prompt ?? new ConfirmPrompt("confirm"));
        return new DialogHarness(component);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("yeah!", true)]
    [InlineData("yep", true)]
    [InlineData("Sure", true)]
    [InlineData("ok", true)]
    [InlineData("yes please", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("N", false)]
    [InlineData("nope.", false)]
    [InlineData("not right now", false)]
    [InlineData("2", false)]
    public async Task Recognize_YesNoWordsAndNumbers_ReturnsBool(string answer, bool expected)
    {
        await Harness().Flow()
            .Test("hi", "Shall we draft a pitch?")
            .Test(answer, $"confirmed: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("not sure")]
    [InlineData("yes and no")]
    public async Task Recognize_UnclearAnswer_SendsRetryPrompt(string answer)
    {
        await Harness().Flow()
            .Test("hi", "Shall we draft a pitch?")
            .Test(answer, "Yes or no?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_Default_OffersYesNoSuggestedActions()
    {
        await Harness().Flow()
            .Send("hi")
            .AssertReply(reply =>
            {
                Assert.Equal("Shall we draft a pitch?", reply.Text);
                Assert.Equal(["Yes", "No"], reply.SuggestedActions!.Actions.Select(a => a.Title));
                Assert.All(reply.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ConfirmChoices_FromContentLibrary_ShownAndRecognizedWithDefaults()
    {
        var prompt = new ConfirmPrompt("confirm")
        {
            ConfirmChoices = (new Choice("Let's go") { Synonyms = ["go"] }, new Choice("Not yet")),
            Style = ListStyle.Inline,
            ChoiceOptions = new ChoiceFactoryOptions { InlineOr = " / ", IncludeNumbers = false },
        };

        await Harness(prompt).Flow()
            .Test("hi", "Shall we draft a pitch? Let's go / Not yet")
            .Test("not yet", "confirmed: False")
            .Test("again", "Shall we draft a pitch? Let's go / Not yet")
            .Test("go", "confirmed: True")
            .Test("again", "Shall we draft a pitch? Let's go / Not yet")
            .Test("yep", "confirmed: True")
            .Test("again", "Shall we draft a pitch? Let's go / Not yet")
            .Test("1", "Yes or no? Let's go / Not yet")
            .StartTestAsync();
    }

    [Fact]
    public async Task Recognize_BooleanValueFromCard_ReturnsIt()
    {
        await Harness().Flow()
            .Test("hi", "Shall we draft a pitch?")
            .Send(new Activity { Type = ActivityTypes.Message, Value = new { choice = false } })
            .AssertReply("confirmed: False")
            .StartTestAsync();
    }
}
