using AllyBot.Content.Drafting;
using AllyBot.Content.Model;

namespace AllyBot.Content.Tests.Drafting;

/// The one checker of the pitch rules, as a polishing drafter would use it on its own output.
public sealed class PitchValidatorTests
{
    private static readonly ContentLibrary Library = TestLibrary.Shipped;
    private static readonly PitchValidator Validator = new(Library);

    private static readonly PitchRequest Request = DraftingSamples.Request(
        "labor-unions", goal: "Paid sick days for every home care aide", allyName: "SEIU Local 2015",
        selfInterest: "She's up for re-election next year", ask: "endorse the ordinance at the next membership meeting",
        offer: "turn out aides at your next rally", contactName: "Luis Ortega", sender: "Dana", notTheIssue: "Staffing levels",
        privateNotes: ["The agencies' trade group says it can't afford it."]);

    private static Pitch Good => new TemplatePitchDrafter(Library).Draft(Request);

    private static Pitch WithLong(string text) => Good with { Long = text, DrafterName = "polisher" };

    private const string Body = "\n\nWould you be willing to endorse the ordinance at the next membership meeting? In return, we can turn out aides at your next rally.\n\nWith thanks,\nDana";

    [Fact]
    public void Problems_TemplatePitch_None() => Assert.Empty(Validator.Problems(Good, Request));

    [Theory]
    [InlineData("Dear Their,", PitchRules.GreetingName)]
    [InlineData("Dear The commissioner herself,", PitchRules.GreetingName)]
    [InlineData("Hi Yes,", PitchRules.GreetingName)]
    [InlineData("Dear Luis. Everyone in the recovery community knows her,", PitchRules.GreetingName)]
    [InlineData("Dear friends at trainees (residents, fellows, nursing and public health students),", PitchRules.GreetingName)]
    [InlineData("Dear friends at labor unions,", PitchRules.GreetingName)]
    public void Problems_GreetingNotAName_Reported(string greeting, string rule) =>
        Assert.Contains(Validator.Problems(WithLong(greeting + Body), Request), p => p.Rule == rule && p.Version == "long");

    [Theory]
    [InlineData("Dear Luis,\n\nWe're working toward paid sick days for every…" + Body, PitchRules.Ellipsis)]
    [InlineData("Dear Luis,\n\nwe're working toward paid sick days." + Body, PitchRules.SentenceShape)]
    [InlineData("Dear Luis,\n\nWe're working toward paid sick days" + "\n\nWith thanks,\nDana", PitchRules.SentenceShape)]
    [InlineData("Dear Luis,\n\nIt's about serving constituents well and constituents." + Body, PitchRules.DoubledPhrase)]
    [InlineData("Dear Luis,\n\nWe also think safe staffing matters." + Body, PitchRules.OffTheTable)]
    [InlineData("Dear Luis,\n\nWe care about your employees." + Body, PitchRules.WordToAvoid)]
    [InlineData("Dear Luis,\n\nWe also think this can serve your own aims: you're up for re-election next year." + Body, PitchRules.PrivateNote)]
    [InlineData("Dear Luis,\n\nThe agencies' trade group says it can't afford it." + Body, PitchRules.PrivateNote)]
    [InlineData("Dear Luis,\n\nWould you join us? Thanks!\n\nWith thanks,\nDana", PitchRules.AskMissing)]
    [InlineData("Dear Luis,\n\nWould you be willing to endorse the ordinance at the next membership meeting?\n\nWith thanks,\nDana", PitchRules.OfferMissing)]
    public void Problems_BrokenLongPitch_ReportsTheRule(string text, string rule) =>
        Assert.Contains(Validator.Problems(WithLong(text), Request), p => p.Rule == rule && p.Version == "long");

    /// The longest name the drafter greets ("Dear friends at" and eight words) is a greeting, not a sentence.
    [Fact]
    public void Problems_GreetingWithALongNameOfAnOffice_None()
    {
        var request = DraftingSamples.Request("diversity-and-equity-offices", allyName: "the medical school's Office of Diversity and Inclusion");
        var pitch = new TemplatePitchDrafter(Library).Draft(request);
        Assert.StartsWith("Dear friends at the medical school's Office of Diversity and Inclusion,\n", pitch.Long);
        Assert.Empty(Validator.Problems(pitch, request));
    }

    [Fact]
    public void Problems_OverTheWordLimit_Reported()
    {
        var tooLong = Good with { Short = DraftingSamples.Rambling("x", 5) };
        Assert.Contains(Validator.Problems(tooLong, Request), p => p.Rule == PitchRules.WordLimit && p.Version == "short");
    }

    [Fact]
    public void Problems_WrongAudienceOrAngle_Reported()
    {
        var other = Good with { AudienceId = "funders", Angle = PitchAngle.Storytelling };
        var rules = Validator.Problems(other, Request).Select(p => p.Rule).ToList();
        Assert.Contains(PitchRules.Audience, rules);
        Assert.Contains(PitchRules.Angle, rules);
    }

    [Fact]
    public void CheckAndIsValid_AgreeWithProblems()
    {
        var broken = WithLong("Dear Their," + Body);
        Assert.Equal(Validator.Problems(broken, Request).Select(p => p.Message), Validator.Check(broken, Request));
        Assert.False(Validator.IsValid(broken, Request));
        Assert.True(Validator.IsValid(Good, Request));
    }

    [Fact]
    public void Rules_EveryRuleHasAnIdAndIsListed() =>
        Assert.Equal(12, PitchRules.All.Distinct().Count());
}
