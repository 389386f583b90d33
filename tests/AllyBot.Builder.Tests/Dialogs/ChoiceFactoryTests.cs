using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Tests.Dialogs;

public class ChoiceFactoryTests
{
    private static readonly List<Choice> Two = ChoiceFactory.ToChoices(["red", "blue"]);
    private static readonly List<Choice> Three = ChoiceFactory.ToChoices(["red", "green", "blue"]);

    [Fact]
    public void Inline_TwoAndThreeChoices_UseOrAndOxfordOr()
    {
        Assert.Equal("Pick: (1) red or (2) blue", ChoiceFactory.Inline(Two, "Pick:").Text);
        Assert.Equal("Pick: (1) red, (2) green, or (3) blue", ChoiceFactory.Inline(Three, "Pick:").Text);
    }

    [Fact]
    public void Inline_CustomWording_Applied()
    {
        var options = new ChoiceFactoryOptions { InlineSeparator = "; ", InlineOrMore = "; ou ", IncludeNumbers = false };

        Assert.Equal("Choisir: red; green; ou blue", ChoiceFactory.Inline(Three, "Choisir:", options: options).Text);
    }

    [Fact]
    public void Inline_NoText_StartsWithFirstChoice()
    {
        Assert.Equal("(1) red or (2) blue", ChoiceFactory.Inline(Two).Text);
    }

    [Fact]
    public void List_NumberedLines()
    {
        Assert.Equal("Pick:\n\n   1. red\n   2. green\n   3. blue", ChoiceFactory.List(Three, "Pick:").Text);
    }

    [Fact]
    public void SuggestedAction_ImBackWithTitleAndValue_ExpectingInput()
    {
        var message = ChoiceFactory.SuggestedAction(Two, "Pick");

        Assert.Equal(ActivityTypes.Message, message.Type);
        Assert.Equal(InputHints.ExpectingInput, message.InputHint);
        Assert.Equal(["red", "blue"], message.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(["red", "blue"], message.SuggestedActions.Actions.Select(a => a.Value as string));
    }

    [Fact]
    public void ForStyle_Auto_IsSuggestedAction()
    {
        Assert.NotNull(ChoiceFactory.ForStyle(ListStyle.Auto, Two, "Pick").SuggestedActions);
    }

    [Fact]
    public void ToChoices_SkipsBlank()
    {
        Assert.Equal(["a", "b"], ChoiceFactory.ToChoices(["a", " ", "", "b"]).Select(c => c.Value));
    }
}
