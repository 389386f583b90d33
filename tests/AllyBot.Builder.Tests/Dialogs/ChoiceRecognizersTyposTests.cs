using AllyBot.Builder.Dialogs.Choices;

namespace AllyBot.Builder.Tests.Dialogs;

/// <summary>Misspelled answers: corrected towards the choices' words, but never on short words, never to a tie, never away from a right spelling.</summary>
public class ChoiceRecognizersTyposTests
{
    private static readonly List<Choice> Scope = [new("Broad"), new("Narrow"), new("About right")];

    private static readonly List<Choice> Commitment = [new("Committed"), new("Unsure"), new("Maybe just lip service")];

    private static readonly List<Choice> Stance =
    [
        new("Active ally"), new("Passive ally"), new("Neutral") { Synonyms = ["undecided"] }, new("Passive opposition"), new("Active opposition"),
    ];

    private static readonly List<Choice> Leaders = [new("Formal leader"), new("Informal leader"), new("Not sure")];

    [Theory]
    [InlineData("narow", "Narrow")]
    [InlineData("Narow, I think", "Narrow")]
    [InlineData("pretty braod", "Broad")]
    public void RecognizeBest_OneEditOnAWordOfFiveOrMore_PicksIt(string answer, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizers.RecognizeBest(answer, Scope)?.Value);
    }

    [Theory]
    [InlineData("commited", "Committed")]
    [InlineData("comited", "Committed")] // two edits: allowed on a word of eight letters or more
    [InlineData("they're comitted", "Committed")]
    public void RecognizeBest_LongWord_TakesUpToTwoEdits(string answer, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizers.RecognizeBest(answer, Commitment)?.Value);
    }

    [Theory]
    [InlineData("nuetral", "Neutral")] // two letters swapped count as one edit
    [InlineData("she's nuetral", "Neutral")]
    [InlineData("undecidd", "Neutral")]
    [InlineData("pasive ally", "Passive ally")]
    public void RecognizeBest_SwappedOrDroppedLetter_PicksIt(string answer, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizers.RecognizeBest(answer, Stance)?.Value);
    }

    [Fact]
    public void RecognizeChoices_Typo_ScoresBelowTheRightSpelling()
    {
        Assert.Equal(1f, Assert.Single(ChoiceRecognizers.RecognizeChoices("narrow", Scope)).Score);
        Assert.Equal(0.8f, Assert.Single(ChoiceRecognizers.RecognizeChoices("narow", Scope)).Score, 3);
    }

    [Theory]
    [InlineData("nutrl")]  // two edits on a seven-letter word
    [InlineData("neutrality")] // three letters more
    public void RecognizeBest_TooManyEditsForTheWordLength_IsNotAGuess(string answer)
    {
        Assert.Null(ChoiceRecognizers.RecognizeBest(answer, Stance));
    }

    [Theory]
    [InlineData("bakc")] // "back" is a short word: never corrected
    [InlineData("skp")]
    [InlineData("hepl")]
    public void RecognizeChoices_ShortWords_AreNeverCorrected(string answer)
    {
        var menu = new List<Choice> { new("Back"), new("Skip"), new("Help") };

        Assert.Empty(ChoiceRecognizers.RecognizeChoices(answer, menu));
    }

    [Fact]
    public void RecognizeChoices_TypoEquallyNearTwoChoices_IsNotCorrected()
    {
        var list = new List<Choice> { new("Committed"), new("Commuted") };

        Assert.Empty(ChoiceRecognizers.RecognizeChoices("commited", list)); // one edit from each
        Assert.Null(ChoiceRecognizers.RecognizeBest("commited", list));
    }

    [Theory]
    [InlineData("formal", "Formal leader")]     // a right spelling is never "corrected" to the other choice
    [InlineData("informal", "Informal leader")]
    [InlineData("infromal", "Informal leader")]
    [InlineData("fromal", "Formal leader")]    // the nearest word wins
    public void RecognizeBest_WordOfOneChoiceNearAnother_KeepsItsOwnChoice(string answer, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizers.RecognizeBest(answer, Leaders)?.Value);
    }

    [Fact]
    public void RecognizeChoices_MaxTypoEditsZeroOrWholeMessageOnly_TakesNoTypos()
    {
        Assert.Empty(ChoiceRecognizers.RecognizeChoices("narow", Scope, new FindChoicesOptions { MaxTypoEdits = 0 }));
        Assert.Empty(ChoiceRecognizers.RecognizeChoices("narow", Scope, new FindChoicesOptions { AllowPartialMatches = false }));
    }

    [Fact]
    public void RecognizeChoices_MinTypoWordLength_RaisesTheBar()
    {
        var options = new FindChoicesOptions { MinTypoWordLength = 7 };

        Assert.Empty(ChoiceRecognizers.RecognizeChoices("narow", Scope, options));
        Assert.Equal("Committed", ChoiceRecognizers.RecognizeBest("commited", Commitment, options)?.Value);
    }

    [Fact]
    public void RecognizeChoices_TypoInsideALongerAnswer_StillNeedsTheWholeChoice()
    {
        Assert.Null(ChoiceRecognizers.RecognizeBest("she's not nuetral", Stance));
        Assert.Equal("Passive opposition", ChoiceRecognizers.RecognizeBest("pasive oposition, they grumble", Stance)?.Value);
    }
}
