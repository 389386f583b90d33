using System.Text.Json;
using AllyBot.Bot.Channels.Console;
using AllyBot.Builder;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.Console;

public sealed class ConsoleRendererTests
{
    private readonly StringWriter _output = new();
    private readonly ConsoleRenderer _renderer;

    public ConsoleRendererTests() => _renderer = new ConsoleRenderer(_output);

    private string[] Lines => _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task RenderAsync_SuggestedActions_TextThenNumberedTitles()
    {
        await _renderer.RenderAsync(MessageFactory.SuggestedActions(["Yes", "No"], "Is that right?"), default);

        Assert.Equal(["Is that right?", "  1. Yes", "  2. No"], Lines);
    }

    [Fact]
    public async Task Pick_NumberOfOfferedChoice_SendsItsValue()
    {
        var activity = MessageFactory.SuggestedActions([new CardAction(ActionTypes.ImBack, "Sounds good", "yes"), new CardAction(ActionTypes.ImBack, "Not now", "no")], "Ready?");
        await _renderer.RenderAsync(activity, default);

        Assert.Equal("no", _renderer.Pick("2")?.Text);
        Assert.Equal("yes", _renderer.Pick(" 1 ")?.Text);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("1.0")]
    [InlineData("one")]
    public async Task Pick_NotAnOfferedNumber_Null(string input)
    {
        await _renderer.RenderAsync(MessageFactory.SuggestedActions(["Yes", "No"], "?"), default);

        Assert.Null(_renderer.Pick(input));
    }

    [Fact]
    public async Task Pick_AfterClearChoices_Null()
    {
        await _renderer.RenderAsync(MessageFactory.SuggestedActions(["Yes", "No"], "?"), default);

        _renderer.ClearChoices();

        Assert.Null(_renderer.Pick("1"));
    }

    [Fact]
    public async Task RenderAsync_AdaptiveCardWithFallbackText_PrintsFallback()
    {
        var card = Card("""{"type":"AdaptiveCard","version":"1.5","fallbackText":"Your pitch to the union","body":[{"type":"TextBlock","text":"ignored"}]}""");

        await _renderer.RenderAsync(MessageFactory.Attachment(card), default);

        Assert.Equal(["Your pitch to the union"], Lines);
    }

    [Fact]
    public async Task RenderAsync_AdaptiveCardWithoutFallback_TextBlocksFactsAndSubmitChoices()
    {
        var card = Card("""
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"TextBlock","text":"Your plan"},
              {"type":"Container","items":[{"type":"TextBlock","text":"Goal: clean air"}]},
              {"type":"FactSet","facts":[{"title":"Ally","value":"Asthma clinic"}]}],
             "actions":[{"type":"Action.Submit","title":"Draft pitch","data":{"verb":"draft"}},{"type":"Action.OpenUrl","title":"Guide","url":"https://example.test"}]}
            """);

        await _renderer.RenderAsync(MessageFactory.Attachment(card), default);

        Assert.Equal(["Your plan", "Goal: clean air", "Ally: Asthma clinic", "  1. Draft pitch"], Lines);
        var picked = _renderer.Pick("1")!;
        Assert.Null(picked.Text);
        Assert.Equal("draft", Assert.IsType<JsonElement>(picked.Value).GetProperty("verb").GetString());
    }

    [Fact]
    public async Task RenderAsync_HeroCard_TitleTextAndButtons()
    {
        var hero = new Attachment
        {
            ContentType = "application/vnd.microsoft.card.hero",
            Content = new { title = "Nurses' union", text = "Shares your goal", buttons = new[] { new { type = "imBack", title = "Pick them", value = "nurses" } } },
        };

        await _renderer.RenderAsync(MessageFactory.Attachment(hero), default);

        Assert.Equal(["Nurses' union", "Shares your goal", "  1. Pick them"], Lines);
        Assert.Equal("nurses", _renderer.Pick("1")!.Text);
    }

    [Fact]
    public async Task RenderAsync_TypingAndEvents_PrintNothing()
    {
        await _renderer.RenderAsync(new Activity { Type = ActivityTypes.Typing }, default);
        await _renderer.RenderAsync(new Activity { Type = ActivityTypes.Event, Name = "x" }, default);

        Assert.Empty(_output.ToString());
    }

    private static Attachment Card(string json) =>
        new() { ContentType = AdaptiveCardText.ContentType, Content = JsonDocument.Parse(json).RootElement.Clone() };
}
