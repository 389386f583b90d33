using AllyBot.Builder.Dialogs.Choices;

namespace AllyBot.Builder.Tests.Dialogs;

public class ChoiceRecognizersTests
{
    private static readonly List<Choice> Choices =
    [
        new("One-on-one meeting"),
        new("Coalition meeting") { Synonyms = ["the big meeting"] },
        new("Email"),
    ];

    [Fact]
    public void RecognizeChoices_ExactTitleBeatsPosition()
    {
        var list = new List<Choice> { new("2"), new("1") };

        var found = Assert.Single(ChoiceRecognizers.RecognizeChoices("1", list));

        Assert.Equal(1, found.Index);
        Assert.Equal("1", found.Synonym);
    }

    [Fact]
    public void RecognizeChoices_PositionBeatsPartialNumberInTitle()
    {
        var list = new List<Choice> { new("1 hour"), new("2 hours") };

        Assert.Equal(1, Assert.Single(ChoiceRecognizers.RecognizeChoices("2", list)).Index);
    }

    [Fact]
    public void RecognizeChoices_PartialMatches_SortedBestFirst()
    {
        var found = ChoiceRecognizers.RecognizeChoices("a coalition meeting maybe", Choices);

        Assert.Equal([1, 0], found.Select(f => f.Index));
        Assert.Equal(1f, found[0].Score);
        Assert.Equal(0.5f, found[1].Score, 3);
    }

    [Fact]
    public void RecognizeBest_EqualScoreMoreWordsMatched_WinsOtherwiseTieIsNull()
    {
        var list = new List<Choice> { new("Meeting"), new("Coalition meeting"), new("Email"), new("Phone") };

        Assert.Equal(1, ChoiceRecognizers.RecognizeBest("our coalition meeting", list)!.Index);
        Assert.Null(ChoiceRecognizers.RecognizeBest("email or phone", list));
        Assert.Null(ChoiceRecognizers.RecognizeBest("a letter", list));
    }

    [Fact]
    public void RecognizeChoices_PluralAndApostrophes_Match()
    {
        var list = new List<Choice> { new("Nurse's union"), new("Teachers") };

        Assert.Equal(0, Assert.Single(ChoiceRecognizers.RecognizeChoices("the nurses unions", list)).Index);
        Assert.Equal(1, Assert.Single(ChoiceRecognizers.RecognizeChoices("a teacher", list)).Index);
    }

    [Theory]
    [InlineData("the second one please", 1)]
    [InlineData("3rd", 2)]
    [InlineData("number three", 2)]
    [InlineData("Option 1", 0)]
    [InlineData("LAST", 2)]
    public void RecognizeChoices_Positions(string text, int index)
    {
        Assert.Equal(index, Assert.Single(ChoiceRecognizers.RecognizeChoices(text, Choices)).Index);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("phone call")]
    public void RecognizeChoices_NothingMeant_ReturnsEmpty(string text)
    {
        Assert.Empty(ChoiceRecognizers.RecognizeChoices(text, Choices));
    }

    [Fact]
    public void RecognizeChoices_OptionsTurnOffNumbersOrdinalsAndPartials()
    {
        var options = new FindChoicesOptions { RecognizeNumbers = false, RecognizeOrdinals = false, AllowPartialMatches = false };

        Assert.Empty(ChoiceRecognizers.RecognizeChoices("2", Choices, options));
        Assert.Empty(ChoiceRecognizers.RecognizeChoices("second", Choices, options));
        Assert.Empty(ChoiceRecognizers.RecognizeChoices("coalition", Choices, options));
        Assert.Single(ChoiceRecognizers.RecognizeChoices("email", Choices, options));
    }

    [Fact]
    public void RecognizeChoices_NoValue_MatchesSynonymsOnly()
    {
        var options = new FindChoicesOptions { NoValue = true };

        Assert.Empty(ChoiceRecognizers.RecognizeChoices("coalition", Choices, options));
        Assert.Equal("the big meeting", Assert.Single(ChoiceRecognizers.RecognizeChoices("the big meeting", Choices, options)).Synonym);
    }
}
