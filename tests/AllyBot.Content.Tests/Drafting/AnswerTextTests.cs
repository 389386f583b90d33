using AllyBot.Content.Drafting;

namespace AllyBot.Content.Tests.Drafting;

/// Typed answers fitted into the sentence they fill, as new users type them.
public sealed class AnswerTextTests
{
    [Theory]
    [InlineData("I want the county to fund naloxone in every library.", "the county to fund naloxone in every library", PhraseForm.SomeoneTo)]
    [InlineData("We want to end overdose deaths", "end overdose deaths", PhraseForm.Action)]
    [InlineData("Our goal is to raise HIV testing rates", "raise HIV testing rates", PhraseForm.Action)]
    [InlineData("Single-payer health insurance for everyone in our state", "single-payer health insurance for everyone in our state", PhraseForm.Thing)]
    [InlineData("that every library has naloxone", "every library has naloxone", PhraseForm.Clause)]
    public void Goal_TypedAnswer_FitsAfterWereWorking(string typed, string text, PhraseForm form)
    {
        var goal = AnswerText.Goal(typed)!;
        Assert.Equal(text, goal.Text);
        Assert.Equal(form, goal.Form);
    }

    [Theory]
    [InlineData("Would you be willing to testify at the hearing?", "testify at the hearing")]
    [InlineData("They could send ten members.", "send ten members")]
    [InlineData("get them to sponsor the bill", "sponsor the bill")]
    [InlineData("Would he co-sponsor a mold repair ordinance?", "co-sponsor a mold repair ordinance")]
    [InlineData("Tell their story at the county budget hearing.", "tell your story at the county budget hearing")]
    [InlineData("Moms Against Asthma", "Moms Against Asthma")]
    [InlineData("HIV testing days", "HIV testing days")]
    public void Ask_TypedAnswer_FinishesWouldYouBeWillingTo(string typed, string expected) =>
        Assert.Equal(expected, AnswerText.Ask(typed, toAlly: true)!.Text);

    [Fact]
    public void Ask_TwoSentences_KeepsTheFirstAndOffersTheRest()
    {
        var ask = AnswerText.Ask("Train library workers to use naloxone. Maybe a session every quarter.", toAlly: true)!;
        Assert.Equal("train library workers to use naloxone", ask.Text);
        Assert.Equal("Maybe a session every quarter.", ask.More);
    }

    [Theory]
    [InlineData("We'd put your hotline number on every flyer.", "put your hotline number on every flyer", PhraseForm.Action)]
    [InlineData("we report our numbers to you every month", "report our numbers to you every month", PhraseForm.Action)]
    [InlineData("We will speak at their safe staffing rally.", "speak at your safe staffing rally", PhraseForm.Action)]
    [InlineData("We'll bring 30 constituents to the hearing and thank her publicly.", "bring 30 constituents to the hearing and thank you publicly", PhraseForm.Action)]
    [InlineData("tenants ready to tell their stories at a hearing", "tenants ready to tell their stories at a hearing", PhraseForm.Thing)]
    [InlineData("student volunteers for their Saturday clinic", "student volunteers for your Saturday clinic", PhraseForm.Thing)]
    [InlineData("We'd help write and rehearse the testimony", "help write and rehearse the testimony", PhraseForm.Action)]
    [InlineData("our students can write the testimony", "our students can write the testimony", PhraseForm.Clause)]
    public void Offer_TypedAnswer_FinishesInReturnWeCan(string typed, string text, PhraseForm form)
    {
        var offer = AnswerText.Offer(typed, toAlly: true)!;
        Assert.Equal(text, offer.Text);
        Assert.Equal(form, offer.Form);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("No.")]
    [InlineData("not sure")]
    [InlineData("I don't know")]
    [InlineData("that's all")]
    [InlineData("   ")]
    public void IsNonAnswer_Fillers_AreNotAnswers(string typed)
    {
        Assert.True(AnswerText.IsNonAnswer(typed));
        Assert.Null(AnswerText.Ask(typed, toAlly: true));
    }

    [Theory]
    [InlineData("Skip care because of cost.", "Skip care because of cost.")]
    [InlineData("skip care because of cost", "Skip care because of cost.")]
    [InlineData("Why not?", "Why not?")]
    [InlineData("we keep going...", "We keep going.")]
    public void Sentence_EndsWithOnePeriodAndNoEllipsis(string typed, string expected) =>
        Assert.Equal(expected, AnswerText.Sentence(typed));

    [Theory]
    [InlineData("She's up for re-election next year and needs a win on overdoses.", null)]
    [InlineData("Dr. Ramirez was hired to fix the curriculum and needs early wins to show the dean.", null)]
    [InlineData("They want other families to be spared what they went through.", null)]
    [InlineData("They want covered care.", "covered care")]
    [InlineData("Their members want covered care.", "your members want covered care")]
    [InlineData("more funding for their programs", "more funding for your programs")]
    [InlineData("Teaching experience for their CVs. They already care about this.", "teaching experience for your CVs")]
    [InlineData("Mold repairs are already their biggest fight with landlords.", "mold repairs are already your biggest fight with landlords")]
    public void SelfInterest_ThirdPersonRead_IsPrivateUnlessClearlySafe(string typed, string? said)
    {
        var reading = SelfInterestReader.Read(typed, ["Commissioner Alvarez", "Dr. Ramirez"]);
        Assert.Equal(said, reading.Said is null ? null : AnswerText.LowerFirstWord(reading.Said, new HashSet<string>()));
        Assert.Equal(said is null || typed.Contains("They already", StringComparison.Ordinal), reading.Private.Count > 0);
    }

    [Fact]
    public void SelfInterest_NamedSubjectFromTheAllysName_IsPrivate() =>
        Assert.Null(SelfInterestReader.Read("Ortiz ran on workers' rights and hasn't delivered anything yet.", ["Councilmember Ortiz's office", "Sam Lee"]).Said);
}
