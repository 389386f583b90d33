using System.Text.Json;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Presentation;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>
/// Card forms where the channel renders Adaptive Card inputs: one form per ally (labelled inputs, the matched
/// kind preselected, required fields with error messages, Action.Submit), read like typed answers; typing
/// still works; an old form or button sent again changes nothing; channels without card inputs ask one
/// question at a time.
/// </summary>
public sealed class CardFormTests
{
    [Fact]
    public async Task AllyForm_IsAnAdaptiveCard15WithLabelledInputsDefaultsRequiredFieldsAndSubmit()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union", cardForms: true);
        using var _ = host;

        var form = talk.LastForm!;
        var card = form.Card;
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal(["ally-audience", "stance", "contact-name", "contact-role", "ask", "offer", "self-interest"], form.Inputs.Select(i => i[FormCard.InputPrefix.Length..]));
        Assert.All(form.Labels, label => Assert.False(string.IsNullOrWhiteSpace(label)));
        var kind = form.Input("ally-audience");
        Assert.Equal("Input.ChoiceSet", kind.GetProperty("type").GetString());
        Assert.Equal("labor-unions", kind.GetProperty("value").GetString());
        Assert.Equal(JourneyHost.Library.Audience("labor-unions").SelfInterests[0], form.Input("self-interest").GetProperty("value").GetString());
        foreach (var required in new[] { "ally-audience", "stance", "ask", "offer", "self-interest" })
        {
            Assert.True(form.Input(required).GetProperty("isRequired").GetBoolean(), required);
            Assert.False(string.IsNullOrWhiteSpace(form.Input(required).GetProperty("errorMessage").GetString()), required);
        }
        Assert.Equal("Input.Text", form.Input("ask").GetProperty("type").GetString());
        // A name and a title fit one line; the ask and the offer get room to wrap.
        Assert.False(form.Input("contact-name").GetProperty("isMultiline").GetBoolean());
        Assert.False(form.Input("contact-role").GetProperty("isMultiline").GetBoolean());
        Assert.True(form.Input("offer").GetProperty("isMultiline").GetBoolean());
        // The kind reads as an option ("Labor unions"), and the offer's hint finishes "In return, we can …".
        var unions = JourneyHost.Library.Audience("labor-unions");
        var kindTitle = kind.GetProperty("choices").EnumerateArray().First(c => c.GetProperty("value").GetString() == "labor-unions").GetProperty("title").GetString();
        Assert.Equal("Labor unions", kindTitle);
        var offerHint = form.Input("offer").GetProperty("placeholder").GetString()!;
        Assert.Equal(Words.Text("exchange", "idea-label-offer").Replace("{idea}", unions.Offers[0], StringComparison.Ordinal), offerHint);
        var submit = card.GetProperty("actions")[0];
        Assert.Equal("Action.Submit", submit.GetProperty("type").GetString());
        Assert.Equal(form.FormId, submit.GetProperty("data").GetProperty(FormCard.FormIdField).GetString());
    }

    [Fact]
    public async Task AllyForm_Submitted_ReadsEveryFieldLikeATypedAnswerAndDraftsThePitch()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union", cardForms: true);
        using var _ = host;

        var replies = await talk.SubmitFormAsync(new Dictionary<string, string>
        {
            ["stance"] = "passive-ally",
            ["contact-name"] = "Their president, Tanya Brooks. Everyone in the local knows her.",
            ["contact-role"] = "",
            ["ask"] = "Would you be willing to speak at the council hearing?",
            ["offer"] = "In return, we can bring tenants to your rally",
        });

        var ally = (await host.RecordAsync()).Plan.Allies[0];
        Assert.Equal(("labor-unions", "passive-ally"), (ally.AudienceId, ally.Stance));
        Assert.Equal(("Tanya Brooks", "president", "Everyone in the local knows her."), (ally.Contact.Name, ally.Contact.Role, ally.Contact.Note));
        Assert.Equal(("speak at the council hearing", "bring tenants to your rally"), (ally.Ask, ally.Offer));
        Assert.Contains(replies, r => PitchEntity.VersionOf(r) == PitchEntity.Short);
        Assert.Equal(new Position("allies", "tweak", 0), await host.CurrentAsync());
    }

    [Fact]
    public async Task AllyForm_RequiredAnswerIsANonAnswer_TheFormComesBackWithAWordAndNothingIsStored()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union", cardForms: true);
        using var _ = host;

        var replies = await talk.SubmitFormAsync(new Dictionary<string, string> { ["stance"] = "neutral", ["ask"] = "idk", ["offer"] = "yes" });

        Assert.StartsWith(Words.Text("interruptions", "form-problems"), replies.First().Text);
        Assert.NotNull(FormView.Read(replies.Last()));
        var ally = (await host.RecordAsync()).Plan.Allies[0];
        Assert.Null(ally.Ask);
        Assert.Null(ally.Offer);
        Assert.Null(ally.Stance);
    }

    [Fact]
    public async Task StaleForm_SubmittedAgain_IsIgnoredWithAShortWordAndTheOpenQuestionAskedAgain()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union", cardForms: true);
        using var _ = host;
        var first = talk.LastForm!;
        await talk.SubmitFormAsync(new Dictionary<string, string> { ["stance"] = "passive-ally", ["ask"] = "speak at the hearing", ["offer"] = "bring tenants" }, first);
        var before = BuilderJson.Serialize((await host.RecordAsync()).Plan);

        var again = await talk.SubmitFormAsync(new Dictionary<string, string> { ["stance"] = "active-opposition", ["ask"] = "something else", ["offer"] = "nothing" }, first);

        Assert.Equal(Words.Text("interruptions", "stale-input"), again.First().Text);
        Assert.Equal(Words.Question("pitches", "tweak"), again.Last().Text);
        Assert.Equal(before, BuilderJson.Serialize((await host.RecordAsync()).Plan));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OldCardButton_PressedAtAFreeTextQuestion_IsIgnoredAndNothingIsSaved(bool textToo)
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union");
        using var _ = host;
        await talk.SayAsync(Words.Choice("allies", "stance", "neutral"));

        var pressed = await talk.PressAsync(Words.Choice("allies", "stance", "neutral"), textToo);

        Assert.Equal(Words.Text("interruptions", "stale-input"), pressed.First().Text);
        Assert.Equal(new Position("allies", "best-contact", 0), await host.CurrentAsync());
        Assert.Null((await host.RecordAsync()).Plan.Allies[0].Contact.Role);
    }

    [Fact]
    public async Task CardButtonOfTheOpenQuestion_AsTeamsDeliversIt_AnswersIt()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union");
        using var _ = host;

        await talk.PressAsync(Words.Choice("allies", "stance", "neutral"), textToo: true);

        Assert.Equal("neutral", (await host.RecordAsync()).Plan.Allies[0].Stance);
    }

    [Fact]
    public async Task TypedAnswer_WhileTheAllyFormIsOpen_AnswersItsFirstQuestionAndGoesOnOneAtATime()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union", cardForms: true);
        using var _ = host;

        var next = await talk.SayAsync("they support it but haven't done anything");

        var ally = (await host.RecordAsync()).Plan.Allies[0];
        Assert.Equal(("labor-unions", "passive-ally"), (ally.AudienceId, ally.Stance));
        Assert.Equal(new Position("allies", "best-contact", 0), await host.CurrentAsync());
        Assert.Null(FormView.Read(next.Last()));
    }

    [Fact]
    public async Task Skip_AtTheAllyForm_IsRefusedBecauseTheKindIsNeeded_HelpExplainsTheForm()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union", cardForms: true);
        using var _ = host;

        var skip = await talk.SayAsync("skip");
        var help = await talk.SayAsync("help");

        Assert.Equal(Words.Text("interruptions", "cannot-skip"), skip.First().Text);
        Assert.Contains(JourneyHost.Library.Step("allies").Question("ally-form").Help, help.AllText());
        Assert.NotNull(FormView.Read(help.Last()));
    }

    [Theory]
    [InlineData(Channels.Msteams, true)]
    [InlineData(Channels.Webchat, true)]
    [InlineData(Channels.Directline, true)]
    [InlineData(Channels.Emulator, true)]
    [InlineData(Channels.Slack, false)]
    [InlineData(Channels.Console, false)]
    [InlineData("sms", false)]
    public void ChannelCapabilities_BotFrameworkChannels_CardInputsOnlyWhereTheyRender(string channelId, bool cards)
    {
        Assert.Equal(cards, AllyBot.Builder.ChannelCapabilities.ForChannel(channelId).SupportsCardInputs);
    }

    [Fact]
    public async Task TextOnlyChannel_AsksOneQuestionAtATime()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union");
        using var _ = host;

        Assert.DoesNotContain(talk.AllReplies, r => FormView.Read(r) is not null);
        Assert.Equal(new Position("allies", "kind-and-stance", 0), await host.CurrentAsync());
    }

    [Fact]
    public async Task GoalForm_OnACardChannel_NewUserGetsOneFormForTheGoal()
    {
        using var host = new JourneyHost(new MemoryStorage(), Channels.Webchat, cardForms: true);
        await host.SayAsync("hi");
        await host.SayAsync(Words.Choice("welcome", "start", "full-plan"));

        var replies = await host.SayAsync("Maya");

        var form = FormView.Read(replies.Last());
        Assert.NotNull(form);
        Assert.Equal(["largest-goal", "issue", "solution", "not-the-issue"], form.Inputs.Select(i => i[FormCard.InputPrefix.Length..]));
        Assert.True(form.Input("largest-goal").GetProperty("isRequired").GetBoolean());
        Assert.False(form.Input("issue").GetProperty("isRequired").GetBoolean());
        Assert.Equal(JsonValueKind.String, form.Card.GetProperty("fallbackText").ValueKind);
    }
}
