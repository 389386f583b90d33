using AllyBot.Content.Drafting;

namespace AllyBot.Content.Tests.Drafting;

public sealed class WordLimiterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("one two  three", 3)]
    [InlineData("Hi — there, you!", 3)]
    public void Count_Text_CountsWordsNotPunctuation(string text, int expected) =>
        Assert.Equal(expected, WordLimiter.Count(text));

    [Fact]
    public void Trim_OverLimit_CutsAtSentenceBoundary()
    {
        var trimmed = WordLimiter.Trim("One two three. Four five six. Seven eight nine.", 7);
        Assert.Equal("One two three. Four five six.", trimmed);
    }

    [Fact]
    public void Trim_FirstSentenceTooLong_KeepsItWholeWithoutEllipsis()
    {
        var trimmed = WordLimiter.Trim("one two three four five six", 4);
        Assert.Equal("one two three four five six", trimmed);
        Assert.DoesNotContain("…", trimmed);
    }

    [Theory]
    [InlineData("send ten members. Also more later.", 10, "send ten members")]
    [InlineData("send ten members to the hearing, and bring signs, and snacks for everyone there", 8, "send ten members to the hearing")]
    [InlineData("members' own health coverage is no longer a bargaining chip in every contract", 9, "members' own health coverage is no longer a bargaining chip in every contract")]
    [InlineData("Point 1 about the ask is that it matters a great deal to many people in our city", 12, "Point 1 about the ask is that it matters a great deal")]
    public void Fit_LongField_KeepsWholeClausesNeverEllipsis(string typed, int maxWords, string expected)
    {
        Assert.Equal(expected, WordLimiter.Fit(typed, maxWords));
        Assert.DoesNotContain("…", WordLimiter.Fit(typed, maxWords));
    }

    [Theory]
    [InlineData("Dr. Nair will help. She runs the program.", 2)]
    [InlineData("Picture a nurse at 4 a.m. when the ward is full. Then what?", 2)]
    [InlineData("Hi there", 1)]
    public void Sentences_TitlesAndTimes_DoNotEndASentence(string text, int count) =>
        Assert.Equal(count, WordLimiter.Sentences(text).Count);
}
