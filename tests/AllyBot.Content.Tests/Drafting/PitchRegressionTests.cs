using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using Xunit.Abstractions;

namespace AllyBot.Content.Tests.Drafting;

/// <summary>
/// Each defect people hit when they tried the bot, with the input they typed, verbatim (issue 7): none of
/// these may come back in a pitch.
/// </summary>
public sealed class PitchRegressionTests(ITestOutputHelper output)
{
    private Pitch Draft(PitchRequest request) => SendableDraft.For(request, output);

    [Fact]
    public void Contact_WholeAnswerStoredAsTheName_GreetsTheNameNeverTheirAndKeepsTheNotePrivate()
    {
        const string typed = "Their executive director, Tanya Brooks. Everyone in the recovery community knows her.";
        var pitch = Draft(DraftingSamples.Request("community-service-organizations", allyName: "Harm Reduction Works", contactName: typed));
        Assert.StartsWith("Hi Tanya,", pitch.Short);
        Assert.StartsWith("Dear Tanya Brooks,", pitch.Long);
        Assert.DoesNotContain("Hi Their", pitch.Short);
        Assert.DoesNotContain("recovery community knows", pitch.Long);
    }

    [Theory]
    [InlineData("Commissioner Alvarez", "Dear Commissioner Alvarez,", "Hi Commissioner Alvarez,")]
    [InlineData("the county board", "Dear Commissioner,", "Hi Commissioner,")]
    public void Contact_TheCommissionerHerself_NeverDearTheCommissionerHerself(string allyName, string dear, string hi)
    {
        var pitch = Draft(DraftingSamples.Request("elected-officials", allyName: allyName, contactName: "the commissioner herself", stance: AllyStance.Neutral));
        Assert.StartsWith(dear, pitch.Long);
        Assert.StartsWith(hi, pitch.Short);
        Assert.DoesNotContain("herself", pitch.Long + pitch.Short);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("Their")]
    [InlineData("the")]
    public void Contact_PronounArticleOrAnswer_FallsBackToASafeGreeting(string typed)
    {
        var pitch = Draft(DraftingSamples.Request("labor-unions", allyName: "the county nurses' union", contactName: typed));
        Assert.StartsWith("Hi there,", pitch.Short);
        Assert.StartsWith("Dear friends at the county nurses' union,", pitch.Long);
    }

    [Theory]
    [InlineData("She's up for re-election next year", "elected-officials", "Commissioner Alvarez")]
    [InlineData("Dr. Ramirez was hired to fix the curriculum and needs early wins to show the dean.", "academic-medicine", "Dr. Ramirez")]
    public void SelfInterest_ThirdPersonRead_NeverSentUsesTheProfilesBenefit(string typed, string audienceId, string allyName)
    {
        foreach (var angle in Enum.GetValues<PitchAngle>())
        {
            var pitch = Draft(DraftingSamples.Request(audienceId, allyName: allyName, selfInterest: typed, angle: angle));
            foreach (var text in new[] { pitch.Short, pitch.Long })
            {
                Assert.False(PitchReading.Repeats(text, typed), text);
                Assert.DoesNotContain("re-election", text);
                Assert.DoesNotContain("hired to fix", text);
                Assert.DoesNotContain("serve your own aims: She", text);
                Assert.Contains(TestLibrary.Shipped.Audience(audienceId).SelfInterests[0], text);
            }
        }
    }

    [Fact]
    public void Goal_IWantTheCountyTo_ReadsWereWorkingToGetTheCountyTo()
    {
        var pitch = Draft(DraftingSamples.Request("community-service-organizations", goal: "I want the county to fund naloxone in every library"));
        Assert.Contains("We're working to get the county to fund naloxone in every library.", pitch.Long);
        Assert.DoesNotContain("toward I want", pitch.Short + pitch.Long);
    }

    [Theory]
    [InlineData("We'd put your hotline number on every flyer", "In return, we can put your hotline number on every flyer.")]
    [InlineData("we report our numbers to you every month", "In return, we can report our numbers to you every month.")]
    [InlineData("tenants ready to tell their stories at the hearing", "In return, we can offer tenants ready to tell their stories at the hearing.")]
    [InlineData("we can help them collect parent stories", "In return, we can help you collect parent stories.")]
    public void Offer_TypedAsASentence_FitsInReturnWeCan(string typed, string expected)
    {
        var pitch = Draft(DraftingSamples.Request("elected-officials", allyName: "Councilmember Ortiz", offer: typed));
        Assert.Contains(expected, pitch.Long);
        Assert.Contains(expected, pitch.Short);
        Assert.DoesNotContain("offer We'd", pitch.Long);
        Assert.DoesNotContain("offer we report", pitch.Long);
        Assert.DoesNotContain("tell your stories", pitch.Long);
        Assert.DoesNotContain("offer help you", pitch.Long);
        // The person's own notes say what they will offer without the "we can" they typed.
        Assert.DoesNotContain(pitch.TalkingPoints, p => p.Contains("we can", StringComparison.OrdinalIgnoreCase) || p.Contains("We'd", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_ServingConstituentsWell_NeverDoubledWithTheirWordConstituents()
    {
        foreach (var angle in Enum.GetValues<PitchAngle>())
        {
            var pitch = Draft(DraftingSamples.Request("elected-officials", allyName: "Councilmember Ortiz", angle: angle));
            Assert.DoesNotContain("serving constituents well and constituents", pitch.Short + pitch.Long);
        }
    }

    [Fact]
    public void Sender_PersonSigningAlone_NeverOnBehalfOfThemselves()
    {
        var pitch = Draft(DraftingSamples.Request("labor-unions", allyName: "SEIU Local 2015", sender: "Dana"));
        Assert.DoesNotContain("on behalf of Dana", pitch.Long);
        Assert.Contains("My name is Dana.", pitch.Long);
        Assert.EndsWith("\nDana", pitch.Long);
        Assert.Contains("Dana here.", pitch.Short);
    }

    [Theory]
    [InlineData("Riverside AMSA chapter", "I'm writing on behalf of the Riverside AMSA chapter.", "\nRiverside AMSA chapter")]
    [InlineData("Maya, from the Eastside community action team", "I'm Maya, from the Eastside community action team.", "\nMaya\nEastside community action team")]
    public void Sender_GroupOrPersonFromAGroup_SignsAndIntroducesToFit(string sender, string intro, string signature)
    {
        var pitch = Draft(DraftingSamples.Request("faith-communities", allyName: "St. Mark's Church", sender: sender));
        Assert.Contains(intro, pitch.Long);
        Assert.EndsWith(signature, pitch.Long);
    }

    [Theory]
    [InlineData("labor-unions", PitchAngle.CommonValues)]
    [InlineData("media", PitchAngle.Storytelling)]
    [InlineData("public-health-agencies", PitchAngle.NonConfrontational)]
    public void Limits_LongAnswers_ShortenedByWholeSentencesNeverEllipsis(string audienceId, PitchAngle angle)
    {
        var pitch = Draft(DraftingSamples.Oversized(audienceId, angle));
        Assert.DoesNotContain("…", pitch.Short + pitch.Long);
        Assert.DoesNotContain("...", pitch.Short + pitch.Long);
    }

    [Fact]
    public void StoryHook_AsthmaStoryToFamiliesWhoLostSomeoneToOverdose_IsLeftOut()
    {
        var hook = TestLibrary.Shipped.Audience("patients-and-families").StoryHook;
        var pitch = Draft(DraftingSamples.Request("patients-and-families", allyName: "Families for Recovery",
            goal: "Naloxone kits in every public library", issue: "Overdoses in our county doubled in three years.", angle: PitchAngle.Storytelling));
        Assert.DoesNotContain(hook, pitch.Short + pitch.Long);
        Assert.DoesNotContain("inhaler", pitch.Short + pitch.Long);
        Assert.Contains("Overdoses in our county doubled in three years.", pitch.Long);
    }

    [Fact]
    public void OffTheTable_StaffingToANursesUnion_NeverSaysStaffing()
    {
        foreach (var angle in Enum.GetValues<PitchAngle>())
        {
            var pitch = Draft(DraftingSamples.Request("labor-unions", allyName: "the nurses' union", goal: "Paid sick days for every home care aide",
                notTheIssue: "staffing", angle: angle));
            var words = (pitch.Short + " " + pitch.Long + " " + string.Join(" ", pitch.TalkingPoints.Where(t => !t.StartsWith("Keep off", StringComparison.Ordinal))))
                .ToLowerInvariant();
            Assert.DoesNotContain("staffing", words);
            Assert.DoesNotContain("staff", pitch.Short.ToLowerInvariant() + pitch.Long.ToLowerInvariant());
        }
    }

    [Fact]
    public void PrivateNotes_OppositionAndLipService_NeverInAPitch()
    {
        string[] notes = ["The library board chair says naloxone sends the wrong message.", "They talk a big game but haven't come to a single county meeting."];
        var pitch = Draft(DraftingSamples.Request("community-service-organizations", allyName: "Harm Reduction Works", privateNotes: notes));
        Assert.All(notes, note => Assert.False(PitchReading.Repeats(pitch.Short + "\n" + pitch.Long, note)));
    }
}
