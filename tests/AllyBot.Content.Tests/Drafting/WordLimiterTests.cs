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
    public void Trim_FirstSentenceTooLong_CutsWordsWithEllipsis()
    {
        var trimmed = WordLimiter.Trim("one two three four five six", 4);
        Assert.Equal("one two three four" + WordLimiter.Ellipsis, trimmed);
    }

    [Fact]
    public void Clamp_LongField_KeepsFirstSentenceOrClauseWithoutTrailingStop()
    {
        Assert.Equal("send ten members", WordLimiter.Clamp("send ten members. Also more later.", 10));
        Assert.Equal("send ten members to the hearing", WordLimiter.Clamp("send ten members to the hearing, and bring signs, and snacks for everyone there", 8));
        Assert.EndsWith(WordLimiter.Ellipsis, WordLimiter.Clamp("a b c d e f g h i j k l", 5));
    }
}
