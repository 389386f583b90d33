using AllyBot.Content.Generative;

namespace AllyBot.Content.Tests.Generative;

/// What counts as an invented fact in a model's text: names, numbers and dates the data does not hold.
public sealed class GroundingTests
{
    private static readonly Grounding Plan = new(TestLibrary.Shipped,
        ["Dana Whitfield", "send ten members to testify at the state hearing", "SEIU Local 1199", "the county nurses' union", "Riverside AMSA"]);

    [Theory]
    [InlineData("Dear Dana Whitfield, would you send ten members to testify?")]
    [InlineData("Together, we can win this. Imagine the hearing room full.")]
    [InlineData("Members of SEIU Local 1199 know the cost of care.")]
    [InlineData("I'm writing for Riverside AMSA. We'd love to meet.")]
    [InlineData("Would you be willing to join us? Thank you.")]
    public void PlanWordsAndOrdinaryWords_AreGrounded(string text) => Assert.Empty(Plan.Invented(text));

    [Theory]
    [InlineData("Maria Lopez will speak at the hearing.", "Maria")]
    [InlineData("We met with the Harborview Coalition.", "Harborview")]
    [InlineData("Over 4,200 nurses signed.", "4,200")]
    [InlineData("The hearing is on March 3.", "March")]
    [InlineData("See you Tuesday.", "Tuesday")]
    [InlineData("Local 32 backs us.", "32")]
    public void NewNamesNumbersAndDates_AreInvented(string text, string expected) => Assert.Contains(expected, Plan.Invented(text));

    [Fact]
    public void SubjectLine_MayCapitaliseEveryOrdinaryWord() =>
        Assert.Empty(Plan.Invented("Working Together For Safe Staffing", titleCase: true));

    [Fact]
    public void SubjectShare_IsLowForAnotherSubject()
    {
        Assert.True(Plan.SubjectShare("Would you send ten members to testify at the state hearing?") > Grounding.OnSubjectShare);
        Assert.True(Plan.SubjectShare("galleons parrots doubloons krakens hardtack grog buccaneers") < Grounding.OnSubjectShare);
    }
}
