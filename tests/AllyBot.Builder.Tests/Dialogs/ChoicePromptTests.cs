using System.Text.Json;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Tests.Dialogs;

public class ChoicePromptTests
{
    private static readonly string[] Audiences = ["Nurses' union", "City council", "Health department"];

    private static DialogHarness Harness(ChoicePrompt? prompt = null, ListStyle? style = null, Action<PromptOptions>? configure = null)
    {
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text("Who do you want to reach?"),
            RetryPrompt = MessageFactory.Text("Please pick one of the options."),
            Choices = ChoiceFactory.ToChoices(Audiences),
            Style = style,
        };
        options.Choices[1].Synonyms = ["council members", "alderman"];
        configure?.Invoke(options);

        var component = new ComponentDialog("root");
        component.AddDialog(new WaterfallDialog("steps", [
            (step, ct) => step.PromptAsync("choice", options, ct),
            async (step, ct) =>
            {
                var found = step.GetResult<FoundChoice>()!;
                await step.Context.SendActivityAsync($"{found.Value} #{found.Index} via {found.Synonym ?? "position"} ({found.Score:0.##})", cancellationToken: ct);
                return await step.EndDialogAsync(found, ct);
            },
        ]));
        component.AddDialog(prompt ?? new ChoicePrompt("choice"));
        return new DialogHarness(component);
    }

    [Theory]
    [InlineData("City council", "City council #1 via City council (1)")]
    [InlineData("city COUNCIL!", "City council #1 via City council (1)")]
    [InlineData("nurses union", "Nurses' union #0 via Nurses' union (1)")]
    [InlineData("Alderman", "City council #1 via alderman (1)")]
    [InlineData("the council members", "City council #1 via council members (1)")]
    [InlineData("3", "Health department #2 via position (1)")]
    [InlineData("#2", "City council #1 via position (1)")]
    [InlineData("number 1", "Nurses' union #0 via position (1)")]
    [InlineData("second", "City council #1 via position (1)")]
    [InlineData("the third one", "Health department #2 via position (1)")]
    [InlineData("last", "Health department #2 via position (1)")]
    [InlineData("the union I think", "Nurses' union #0 via Nurses' union (0.5)")]
    [InlineData("someone at the health dept", "Health department #2 via Health department (0.5)")]
    public async Task Recognize_TitleSynonymNumberOrdinalOrPartial_ReturnsFoundChoice(string answer, string expected)
    {
        await Harness().Flow()
            .Test("hi", "Who do you want to reach?")
            .Test(answer, expected)
            .StartTestAsync();
    }

    private static readonly Action<PromptOptions> StanceChoices = options => options.Choices =
    [
        new Choice("Active ally") { Synonyms = ["active", "support it"] },
        new Choice("Passive ally") { Synonyms = ["passive", "haven't done anything"] },
        new Choice("Neutral") { Synonyms = ["undecided"] },
        new Choice("Active opposition") { Synonyms = ["opposed"] },
    ];

    private static readonly Action<PromptOptions> YesNoChoices = options => options.Choices =
    [
        new Choice("Yes") { Synonyms = ["yeah", "sí"] },
        new Choice("No") { Synonyms = ["nope"] },
    ];

    [Theory]
    [InlineData("she's neutral, she says nice things", "Neutral #2 via Neutral (1)")]
    [InlineData("nuetral", "Neutral #2 via Neutral (0.8)")]
    [InlineData("they support it but haven't done anything", "Passive ally #1 via haven't done anything (1)")]
    [InlineData("pasive, I'd say", "Passive ally #1 via passive (0.8)")]
    public async Task Recognize_ChoiceInALongerOrMisspelledAnswer_ReturnsIt(string answer, string expected)
    {
        await Harness(configure: StanceChoices).Flow()
            .Test("hi", "Who do you want to reach?")
            .Test(answer, expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("yes, the transit workers union", "Yes #0 via Yes (1)")]
    [InlineData("no, they're a nonprofit organization", "No #1 via No (1)")]
    [InlineData("Sí, el sindicato de transporte", "Yes #0 via sí (1)")]
    public async Task Recognize_LeadingYesOrNo_ReturnsIt(string answer, string expected)
    {
        await Harness(configure: YesNoChoices).Flow()
            .Test("hi", "Who do you want to reach?")
            .Test(answer, expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("she's not neutral")]
    [InlineData("neutral or opposed, hard to say")]
    [InlineData("natrl")]
    public async Task Recognize_NegatedTiedOrTooMisspelled_AsksAgain(string answer)
    {
        await Harness(configure: StanceChoices).Flow()
            .Test("hi", "Who do you want to reach?")
            .Test(answer, "Please pick one of the options.")
            .Test("undecided", "Neutral #2 via undecided (1)")
            .StartTestAsync();
    }

    [Fact]
    public async Task Recognize_AnswerSharingOneWordWithAChoice_AsksAgain()
    {
        var menu = (Action<PromptOptions>)(options => options.Choices = [new Choice("Back"), new Choice("Skip"), new Choice("Help")]);

        await Harness(configure: menu).Flow()
            .Test("hi", "Who do you want to reach?")
            .Test("back pain clinic", "Please pick one of the options.")
            .StartTestAsync();
    }

    [Fact]
    public async Task RecognizerOptions_TyposAndLongerAnswersOff_AsksAgain()
    {
        var prompt = new ChoicePrompt("choice") { RecognizerOptions = new FindChoicesOptions { MaxTypoEdits = 0, AllowOptionInLongerAnswer = false } };

        await Harness(prompt, configure: StanceChoices).Flow()
            .Test("hi", "Who do you want to reach?")
            .Test("nuetral", "Please pick one of the options.")
            .Test("she's neutral, she says nice things", "Please pick one of the options.")
            .Test("probably neutral", "Neutral #2 via Neutral (1)")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("4")]
    [InlineData("the mayor")]
    [InlineData("fifth")]
    public async Task Recognize_NoMatch_SendsRetryPromptWithChoicesAgain(string answer)
    {
        await Harness().Flow()
            .Test("hi", "Who do you want to reach?")
            .Send(answer)
            .AssertReply(reply =>
            {
                Assert.Equal("Please pick one of the options.", reply.Text);
                Assert.Equal(Audiences, reply.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Test("1", "Nurses' union #0 via position (1)")
            .StartTestAsync();
    }

    [Fact]
    public async Task Recognize_AnswerMatchesTwoChoicesEqually_AsksAgainInsteadOfGuessing()
    {
        await Harness().Flow()
            .Test("hi", "Who do you want to reach?")
            .Test("the council or the department", "Please pick one of the options.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Recognize_ValueString_FromPostBack()
    {
        await Harness().Flow()
            .Test("hi", "Who do you want to reach?")
            .Send(new Activity { Type = ActivityTypes.Message, Value = "Health department" })
            .AssertReply("Health department #2 via Health department (1)")
            .StartTestAsync();
    }

    [Fact]
    public async Task Recognize_AdaptiveCardSubmitWithChoiceField_WinsOverText()
    {
        var submit = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "City council",
            Value = JsonSerializer.Deserialize<JsonElement>("""{"action":"pick","choice":"Nurses' union"}"""),
        };

        await Harness().Flow()
            .Test("hi", "Who do you want to reach?")
            .Send(submit)
            .AssertReply("Nurses' union #0 via Nurses' union (1)")
            .StartTestAsync();
    }

    [Fact]
    public async Task Recognize_ObjectValueWithValueField_AndUnreadableValueFallsBackToText()
    {
        await Harness().Flow()
            .Test("hi", "Who do you want to reach?")
            .Send(new Activity { Type = ActivityTypes.Message, Value = new Dictionary<string, object> { ["value"] = 2 } })
            .AssertReply("City council #1 via position (1)")
            .Send("hi")
            .AssertReply("Who do you want to reach?")
            .Send(new Activity { Type = ActivityTypes.Message, Text = "third", Value = new { unrelated = true } })
            .AssertReply("Health department #2 via position (1)")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_AutoStyle_SendsImBackSuggestedActions()
    {
        await Harness().Flow()
            .Send("hi")
            .AssertReply(reply =>
            {
                Assert.Equal("Who do you want to reach?", reply.Text);
                Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
                Assert.All(reply.SuggestedActions!.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
                Assert.Equal(Audiences, reply.SuggestedActions.Actions.Select(a => a.Title));
                Assert.Equal(Audiences, reply.SuggestedActions.Actions.Select(a => a.Value as string));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_InlineStyle_NumbersChoicesInText()
    {
        await Harness(style: ListStyle.Inline).Flow()
            .Send("hi")
            .AssertReply(reply =>
            {
                Assert.Equal("Who do you want to reach? (1) Nurses' union, (2) City council, or (3) Health department", reply.Text);
                Assert.Null(reply.SuggestedActions);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_ListStyleOnPromptAndCustomWording_RendersNumberedLines()
    {
        var prompt = new ChoicePrompt("choice") { Style = ListStyle.List, ChoiceOptions = new ChoiceFactoryOptions { IncludeNumbers = false } };

        await Harness(prompt).Flow()
            .Test("hi", "Who do you want to reach?\n\n   - Nurses' union\n   - City council\n   - Health department")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_HeroCardStyle_PutsTextAndButtonsInCard()
    {
        await Harness(style: ListStyle.HeroCard).Flow()
            .Send("hi")
            .AssertReply(reply =>
            {
                Assert.Null(reply.Text);
                var card = Assert.Single(reply.Attachments!);
                Assert.Equal(ChoiceFactory.HeroCardContentType, card.ContentType);
                var content = BuilderJson.Convert<JsonElement>(card.Content);
                Assert.Equal("Who do you want to reach?", content.GetProperty("text").GetString());
                Assert.Equal(3, content.GetProperty("buttons").GetArrayLength());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_NoneStyle_SendsTextOnly()
    {
        await Harness(style: ListStyle.None).Flow()
            .Send("hi")
            .AssertReply(reply =>
            {
                Assert.Equal("Who do you want to reach?", reply.Text);
                Assert.Null(reply.SuggestedActions);
                Assert.Null(reply.Attachments);
            })
            .Test("2", "City council #1 via position (1)")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_ChoiceWithOwnAction_UsesItAndRecognizesItsTitle()
    {
        await Harness(configure: o => o.Choices![2].Action = new CardAction(ActionTypes.PostBack, "Public health staff", "Health department")).Flow()
            .Send("hi")
            .AssertReply(reply => Assert.Equal(ActionTypes.PostBack, reply.SuggestedActions!.Actions[2].Type))
            .Test("public health staff", "Health department #2 via Public health staff (1)")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_RejectsRecognizedChoice_RetriesAndSeesFoundChoice()
    {
        var prompt = new ChoicePrompt("choice", (ctx, ct) => Task.FromResult(ctx.Recognized.Succeeded && ctx.Recognized.Value!.Index != 0));

        await Harness(prompt).Flow()
            .Test("hi", "Who do you want to reach?")
            .Send("1")
            .AssertReply(reply => Assert.Equal("Please pick one of the options.", reply.Text))
            .Test("2", "City council #1 via position (1)")
            .StartTestAsync();
    }
}
