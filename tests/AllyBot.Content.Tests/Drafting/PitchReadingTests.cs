using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using Xunit.Abstractions;

namespace AllyBot.Content.Tests.Drafting;

/// <summary>
/// Pitches read as a person would write them: the recipient's name alone in the greeting, typed answers that
/// fit the sentence around them (no "For you: their members…", no "We bring: we will…", no "cost.."). The
/// rendered pitches of every scenario are printed so a person can read them.
/// </summary>
public sealed class PitchReadingTests(ITestOutputHelper output)
{
    private static readonly TemplatePitchDrafter Drafter = new(TestLibrary.Shipped);

    [Fact]
    public async Task DraftAsync_EveryScenarioAlly_PrintsShortAndLongForReading()
    {
        foreach (var scenario in TestLibrary.Shipped.Scenarios.Values)
        {
            for (var i = 0; i < scenario.Allies.Count; i++)
            {
                var angle = scenario.Allies[i].Stance.SuggestedAngle();
                var pitch = await Drafter.DraftAsync(DraftingSamples.FromScenario(scenario.Id, i, angle));
                output.WriteLine($"=== {scenario.Id} / {scenario.Allies[i].Name} ({angle.ToId()})\n{pitch.Short}\n---\n{pitch.Long}\n");
                AssertReadsNaturally(pitch);
            }
        }
    }

    [Fact]
    public async Task DraftAsync_AnswersTypedAboutTheAlly_ReadAsAddressedToThem()
    {
        var request = new PitchRequest(
            new GoalInfo("Single payer health insurance for california", "Millions of Californians skip care because of cost.", "Pass a single-payer bill in the state legislature."),
            new AllyInfo("the California Nurses Association", "labor-unions", AllyStance.ActiveAlly,
                "Their members want covered care.", "Give money for bus rental.", "We will speak at their safe staffing rally.",
                "Bonnie Castillo, executive director", "executive director"),
            PitchAngle.CommonValues,
            "UCSF SNaHP");

        var pitch = await Drafter.DraftAsync(request);
        output.WriteLine(pitch.Short + "\n---\n" + pitch.Long);

        Assert.StartsWith("Hi Bonnie,", pitch.Short);
        Assert.StartsWith("Dear Bonnie Castillo,", pitch.Long);
        Assert.Contains("your members want covered care", pitch.Short);
        Assert.Contains("Would you be willing to give money for bus rental?", pitch.Short);
        Assert.Contains("We can speak at your safe staffing rally.", pitch.Short);
        Assert.Contains("One way forward is to pass a single-payer bill in the state legislature.", pitch.Long);
        AssertReadsNaturally(pitch);
    }

    [Theory]
    [InlineData("Maria Lopez, the founder", "Maria", "Maria Lopez")]
    [InlineData("Dr. Amir Haddad", "Dr. Haddad", "Dr. Amir Haddad")]
    [InlineData("Dana Whitfield (president)", "Dana", "Dana Whitfield")]
    [InlineData("the union president", "the union president", "the union president")]
    public void GreetingName_TypedContact_NameOnly(string typed, string greeting, string name)
    {
        Assert.Equal(greeting, AnswerText.GreetingName(typed));
        Assert.Equal(name, AnswerText.ContactName(typed));
    }

    [Theory]
    [InlineData("Testify at the hearing.", "testify at the hearing")]
    [InlineData("Moms Against Asthma", "Moms Against Asthma")]
    [InlineData("HIV testing days", "HIV testing days")]
    [InlineData("They could send ten members.", "send ten members")]
    public void Ask_TypedAnswer_FitsInASentence(string typed, string expected) =>
        Assert.Equal(expected, AnswerText.Ask(typed, toAlly: false));

    [Theory]
    [InlineData("Skip care because of cost.", "Skip care because of cost.")]
    [InlineData("skip care because of cost", "skip care because of cost.")]
    [InlineData("Why not?", "Why not?")]
    public void Sentence_EndsWithOnePeriod(string typed, string expected) =>
        Assert.Equal(expected, AnswerText.Sentence(typed));

    private static void AssertReadsNaturally(Pitch pitch)
    {
        foreach (var text in new[] { pitch.Short, pitch.Long })
        {
            Assert.DoesNotContain("..", text.Replace("…", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("For you:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("We bring:", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" we will ", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" their members", text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(",", pitch.Short.Split('\n')[0].TrimEnd(','), StringComparison.Ordinal);
        Assert.InRange(WordLimiter.Count(pitch.Short), 10, 80);
        Assert.InRange(WordLimiter.Count(pitch.Long), 40, 250);
    }
}
