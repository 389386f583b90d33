using System.Text.RegularExpressions;
using AllyBot.Content.Loading;
using AllyBot.Content.Model;
using AllyBot.Content.Rendering;
using AllyBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AllyBot.EndToEnd.Tests.Teams;

/// <summary>
/// The quick pitch in Microsoft's Teams client (the Agents Playground, channel <c>msteams</c>, which renders
/// card inputs): a new user picks a quick pitch, types their name, goal and one ally, gets that ally's core
/// questions as one Adaptive Card form, fills it in the rendered card (typing into the text boxes, picking
/// from the choice sets), sends it, and sees the pitch: the short and the long version as their own
/// messages, with the ask and offer they typed, and the review question after them. Every text the test
/// expects from the bot is read from the content library. Screenshots of the filled form and of the pitch
/// go to TestResults/screenshots.
/// </summary>
[Collection(AgentsPlaygroundCollection.Name)]
public sealed class AgentsPlaygroundCardFormTests(ChromiumFixture chromium, ITestOutputHelper output)
{
    private static readonly ContentLibrary Library = ContentLoader.Load();

    // What the user types (theirs, not the bot's words).
    private const string Sender = "Maya, Eastside Tenants United";
    private const string Goal = "Get the county to fund a housing navigator at the Eastside clinic";
    private const string Ally = "the transit workers union";
    private const string ContactName = "Tanya Brooks";
    private const string ContactTitle = "president";
    private const string Ask = "speak at the county board hearing on March 3";
    private const string Offer = "bring tenants to your next rally";

    /// <summary>The audience profile a transit workers' union is written for (the form's preselected kind).</summary>
    private const string UnionAudience = "labor-unions";

    [Fact]
    public async Task QuickPitch_InPlayground_AllyCardFormFilledAndSent_ShowsShortAndLongPitchWithTheTypedAskAndOffer()
    {
        using var bot = new BotHost(BotStore.TempSqlite);
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseUrl, "api/messages"));
        // Tall enough that the whole form (seven fields) shows at once, as on a laptop's full-height window.
        var page = await chromium.NewPageAsync(height: 1400);
        try
        {
            var teams = new PlaygroundPage(page);
            await teams.OpenAsync(playground.Url);
            var form = await WalkToTheAllyFormAsync(teams);

            await CheckTheFormAsShownAsync(form);
            // Sent with the stance, ask and offer still empty, the card itself holds it back and says what is missing.
            await form.SubmitAsync(Text("interruptions", "form-submit"));
            await Assertions.Expect(form.Error(Library.Step("allies").Question("stance").Reprompt)).ToBeVisibleAsync();
            await FillTheFormAsync(form);
            await form.Card.ScrollIntoViewIfNeededAsync();
            output.WriteLine("Filled form: " + await ChromiumFixture.ScreenshotAsync(page, "teams-playground-ally-form-filled"));

            var before = (await teams.BotMessagesAsync()).Count;
            await form.SubmitAsync(Text("interruptions", "form-submit"));

            var messages = await teams.ExpectBotSaysAsync(Literal(Question("pitches", "tweak")), before);
            var fresh = messages.Skip(before).ToList();
            output.WriteLine("After the form:\n  " + string.Join("\n  ", fresh));
            var intro = fresh.FindIndex(m => m.StartsWith(Text("pitches", "intro", ("ally", Ally)), StringComparison.Ordinal));
            Assert.True(intro >= 0, "No pitch intro after the form:\n  " + string.Join("\n  ", fresh));
            Assert.True(fresh.Count > intro + 2, "The pitch versions are missing:\n  " + string.Join("\n  ", fresh));
            var (shortPitch, longPitch) = (fresh[intro + 1], fresh[intro + 2]);
            foreach (var pitch in new[] { shortPitch, longPitch })
            {
                Assert.Contains(Ask, pitch, StringComparison.OrdinalIgnoreCase);
                Assert.Contains(Offer, pitch, StringComparison.OrdinalIgnoreCase);
                Assert.Contains(ContactName.Split(' ')[0], pitch, StringComparison.Ordinal);
            }
            Assert.True(shortPitch.Length < longPitch.Length, $"The short version is not the shorter one:\n{shortPitch}\n---\n{longPitch}");
            // Shown with its lines, as it will be sent: the greeting on a line of its own, the long version in
            // paragraphs with the sign-off under them (Teams runs plain text's lines together).
            foreach (var pitch in new[] { shortPitch, longPitch })
            {
                var greeting = pitch.Split('\n')[0].Trim();
                Assert.True(greeting.EndsWith(',') && greeting.Contains(ContactName.Split(' ')[0], StringComparison.Ordinal), $"The greeting is not a line of its own:\n{pitch}");
            }
            var lines = longPitch.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.True(lines.Length >= 5, $"The long version lost its paragraphs:\n{longPitch}");
            Assert.Equal(Sender.Split(',')[0], lines[^2]);
            // The empty send never reached the bot: it would have answered that some answers need another look.
            Assert.DoesNotContain(messages, m => m.StartsWith(Text("interruptions", "form-problems"), StringComparison.Ordinal));
            var review = fresh.FindLastIndex(m => m.Contains(Question("pitches", "tweak"), StringComparison.Ordinal));
            Assert.True(review > intro + 2, "The review question does not follow the pitch:\n  " + string.Join("\n  ", fresh));

            await page.GetByText(shortPitch.Split('\n')[0], new() { Exact = false }).Last.ScrollIntoViewIfNeededAsync();
            output.WriteLine("Pitch: " + await ChromiumFixture.ScreenshotAsync(page, "teams-playground-ally-form-pitch"));
        }
        catch
        {
            await ChromiumFixture.ScreenshotAsync(page, "failed-" + nameof(QuickPitch_InPlayground_AllyCardFormFilledAndSent_ShowsShortAndLongPitchWithTheTypedAskAndOffer));
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>"A quick pitch" (a suggested action), then the name, the goal and the ally typed, each after its question shows.</summary>
    private static async Task<PlaygroundCardForm> WalkToTheAllyFormAsync(PlaygroundPage teams)
    {
        await teams.ExpectBotSaysAsync(Literal(Question("welcome", "start")), seenBefore: 0);
        await SayAsync(teams, Library.Step("welcome").Question("start").Choice("quick-pitch").Title, Question("welcome", "your-name"), click: true);
        await SayAsync(teams, Sender, Question("goal", "largest-goal"));
        await SayAsync(teams, Goal, Text("allies", "ally-name-quick"));
        await SayAsync(teams, Ally, Question("allies", "ally-form", ("ally", Ally)));
        return await PlaygroundCardForm.ExpectAsync(teams.Page, Label("exchange", "ask"));
    }

    private static async Task SayAsync(PlaygroundPage teams, string say, string expect, bool click = false)
    {
        var before = (await teams.BotMessagesAsync()).Count;
        var mine = await teams.UserMessageCountAsync();
        var how = ChoiceClick.Typed;
        if (click)
            how = await teams.ClickSuggestedActionAsync(say);
        else
            await teams.TypeAsync(say);
        await teams.ExpectBotSaysAsync(Literal(expect), before);
        // The user's own message shows too, so the chat has settled before the next step (a card button posts none).
        if (how != ChoiceClick.CardButton)
            await teams.ExpectUserMessageCountAsync(mine + 1);
    }

    /// <summary>Labels with required markers where the pitch needs the answer, the matched kind and the suggestion filled in.</summary>
    private static async Task CheckTheFormAsShownAsync(PlaygroundCardForm form)
    {
        foreach (var (step, id) in new[] { ("allies", "ally-audience"), ("allies", "stance"), ("exchange", "ask"), ("exchange", "offer"), ("exchange", "self-interest") })
            Assert.Matches(PlaygroundCardForm.Required(Label(step, id)), await form.LabelTextAsync(Label(step, id)));
        foreach (var id in new[] { "contact-name", "contact-role" })
            Assert.Equal(Label("contact", id), await form.LabelTextAsync(Label("contact", id)));

        var union = Library.Audience(UnionAudience);
        await Assertions.Expect(form.DropDown(Label("allies", "ally-audience"))).ToHaveValueAsync(AsOption(union.Name));
        var suggestions = string.Join("|", union.SelfInterests.Select(Regex.Escape));
        await Assertions.Expect(form.TextBox(Label("exchange", "self-interest"))).ToHaveValueAsync(new Regex($"^({suggestions})$"));
    }

    /// <summary>A profile name ("labor unions", written for mid-sentence) as an option shows it: with a capital.</summary>
    private static string AsOption(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>The kind confirmed from the drop-down, the stance picked, the contact, ask and offer typed; the suggestion kept.</summary>
    private static async Task FillTheFormAsync(PlaygroundCardForm form)
    {
        await form.ChooseAsync(Label("allies", "ally-audience"), AsOption(Library.Audience(UnionAudience).Name));
        await form.PickAsync(Label("allies", "stance"), Library.Step("allies").Question("stance").Choice("passive-ally").Title);
        await form.TypeAsync(Label("contact", "contact-name"), ContactName);
        await form.TypeAsync(Label("contact", "contact-role"), ContactTitle);
        await form.TypeAsync(Label("exchange", "ask"), Ask);
        await form.TypeAsync(Label("exchange", "offer"), Offer);
    }

    private static string Label(string step, string id) => Library.Step(step).Text("label-" + id);

    private static string Text(string step, string key, params (string Name, string? Value)[] values) =>
        Placeholders.Render(Library.Step(step).Text(key), values);

    private static string Question(string step, string id, params (string Name, string? Value)[] values) =>
        Placeholders.Render(Library.Step(step).Question(id).Text, values);

    /// <summary>The text as a pattern that matches it literally.</summary>
    private static string Literal(string text) => Regex.Escape(text);
}
