using AllyBot.Builder.Dialogs.Choices;

namespace AllyBot.Builder.Tests.Dialogs;

/// <summary>A choice inside a longer answer: taken when it stands as the answer's point, refused when the answer merely shares a word.</summary>
public class ChoiceRecognizersLongerAnswerTests
{
    private static readonly List<Choice> YesNo =
    [
        new("Yes, that's right") { Synonyms = ["yes", "yeah", "yep", "sure", "that's right", "sí"] },
        new("No, pick another") { Synonyms = ["no", "nope", "wrong", "not quite", "something else"] },
    ];

    private static readonly List<Choice> Stance =
    [
        new("Active ally") { Synonyms = ["active", "on board", "supports it", "support it"] },
        new("Passive ally") { Synonyms = ["passive", "sympathetic", "agrees", "haven't done anything", "hasn't done anything"] },
        new("Neutral") { Synonyms = ["unknown", "undecided", "don't know"] },
        new("Passive opposition") { Synonyms = ["skeptical", "reluctant"] },
        new("Active opposition") { Synonyms = ["opposed", "against"] },
    ];

    [Theory]
    [InlineData("yes, the transit workers union", 0)]
    [InlineData("Yes it's the transit workers union", 0)]
    [InlineData("yeah they're the ones", 0)]
    [InlineData("Sí, el sindicato", 0)]
    [InlineData("si", 0)]
    [InlineData("no, they're a nonprofit organization", 1)]
    [InlineData("no theyre a nonprofit organization", 1)]
    [InlineData("No. It's more of a clinic", 1)]
    [InlineData("well no, a church", 1)]
    [InlineData("not quite, they're a tenant union", 1)]
    public void RecognizeBest_LeadingYesOrNo_DecidesTheAnswer(string answer, int expected)
    {
        Assert.Equal(expected, ChoiceRecognizers.RecognizeBest(answer, YesNo)?.Index);
    }

    [Theory]
    [InlineData("I have no idea")]       // "no" inside, not the answer
    [InlineData("yes no")]               // both, neither leading a new phrase
    [InlineData("yes, no, wait")]
    [InlineData("sure? no")]
    [InlineData("they know the transit workers")]
    public void RecognizeBest_YesOrNoWordNotStandingAsTheAnswer_IsRefused(string answer)
    {
        Assert.Null(ChoiceRecognizers.RecognizeBest(answer, YesNo));
    }

    [Theory]
    [InlineData("she's neutral, she says nice things", "Neutral")]
    [InlineData("I think she is neutral", "Neutral")]
    [InlineData("probably neutral for now", "Neutral")]
    [InlineData("neutral at the moment, I believe", "Neutral")]
    [InlineData("skeptical right now", "Passive opposition")]
    [InlineData("they support it but haven't done anything", "Passive ally")] // the longer synonym wins over "support it"
    [InlineData("they agree with us, but they're busy", "Passive ally")]
    [InlineData("I don't know where they stand", "Neutral")]
    [InlineData("the dean is skeptical", "Passive opposition")]
    [InlineData("she's an active ally already", "Active ally")]
    [InlineData("no, she's neutral", "Neutral")]
    public void RecognizeBest_WholeChoiceStandingInALongerAnswer_PicksIt(string answer, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizers.RecognizeBest(answer, Stance)?.Value);
    }

    [Theory]
    [InlineData("she's not neutral")]                  // negated
    [InlineData("they're not an active ally")]
    [InlineData("neutral or passive, hard to say")]    // two choices equally
    [InlineData("active on paper, opposed in practice")] // words of two choices, neither standing alone
    [InlineData("not against it")]
    public void RecognizeBest_NegatedOrTwoChoices_IsRefused(string answer)
    {
        Assert.Null(ChoiceRecognizers.RecognizeBest(answer, Stance));
    }

    [Theory]
    [InlineData("back pain clinic")]
    [InlineData("help desk at the hospital")]
    [InlineData("skip the small talk with them")]
    public void RecognizeChoices_AnswerMerelySharingAWordWithAOneWordChoice_ReturnsEmpty(string answer)
    {
        var menu = new List<Choice> { new("Back"), new("Skip"), new("Help") };

        Assert.Empty(ChoiceRecognizers.RecognizeChoices(answer, menu));
    }

    [Theory]
    [InlineData("the county nurses union", "Nurses' union")]
    [InlineData("an email I guess", "Email")]
    [InlineData("email, they never pick up the phone", "Email")]
    public void RecognizeBest_ChoiceEndingTheClause_PicksIt(string answer, string expected)
    {
        var list = new List<Choice> { new("Nurses' union"), new("Email"), new("Phone") };

        Assert.Equal(expected, ChoiceRecognizers.RecognizeBest(answer, list)?.Value);
    }

    [Fact]
    public void RecognizeChoices_WholeChoiceInLongerAnswer_ScoresOneAndSkipsTheCoverageRule()
    {
        var found = ChoiceRecognizers.RecognizeChoices("she's neutral, she says nice things at every meeting", Stance);

        var neutral = Assert.Single(found);
        Assert.Equal(1f, neutral.Score);
        Assert.Equal("Neutral", neutral.Synonym);
    }

    [Fact]
    public void RecognizeChoices_AllowOptionInLongerAnswerOff_KeepsToChoicePlusFiller()
    {
        var options = new FindChoicesOptions { AllowOptionInLongerAnswer = false };

        Assert.Empty(ChoiceRecognizers.RecognizeChoices("she's neutral, she says nice things", Stance, options));
        Assert.Empty(ChoiceRecognizers.RecognizeChoices("yes the transit workers union", YesNo, options));
        Assert.Equal("Neutral", ChoiceRecognizers.RecognizeBest("probably neutral", Stance, options)?.Value);
    }

    [Fact]
    public void RecognizeChoices_ExactAndPositionStillWinOverLongerAnswerReadings()
    {
        var list = new List<Choice> { new("Neutral, for now"), new("Neutral") };

        Assert.Equal(0, ChoiceRecognizers.RecognizeBest("neutral for now", list)?.Index);
        Assert.Equal(1, ChoiceRecognizers.RecognizeBest("2", list)?.Index);
    }
}
