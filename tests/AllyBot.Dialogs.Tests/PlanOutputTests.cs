using System.Text.Json;
using AllyBot.Builder.Schema;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>The plan as an Adaptive Card, as Markdown, and as the allybot.plan event on the channels that get it.</summary>
public sealed class PlanOutputTests
{
    [Fact]
    public async Task Plan_AfterJourney_IsAnAdaptiveCard15WithFallbackTextAndSubmitButtons()
    {
        using var host = await Journeys.FinishedAsync();

        var replies = await host.SayAsync("plan");

        var attachment = Assert.Single(replies.SelectMany(r => r.Attachments ?? []));
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var card = BuilderJson.Convert<JsonElement>(attachment.Content);
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var fallback = card.GetProperty("fallbackText").GetString()!;
        Assert.Contains("Single-payer health insurance for everyone in our state", fallback);
        Assert.Contains("the county nurses' union", fallback);
        Assert.Contains("send ten members to testify at the state hearing", fallback);
        var body = card.GetProperty("body").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Contains("TextBlock", body);
        Assert.Contains("FactSet", body);
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        Assert.Contains(actions, a => a.GetProperty("data").GetProperty("choice").GetString() == "export");
        Assert.Contains(actions, a => a.GetProperty("data").GetProperty("choice").GetString() == "delete-my-data");
    }

    [Fact]
    public async Task CardExportButton_Pressed_SendsThePlanAsMarkdown()
    {
        using var host = await Journeys.FinishedAsync();

        var replies = await host.SubmitAsync("export");

        Assert.Equal(Words.Text("interruptions", "export-ready"), replies[0].Text);
        var markdown = replies[1];
        Assert.Equal(TextFormatTypes.Markdown, markdown.TextFormat);
        Assert.StartsWith("# Coalition plan", markdown.Text);
        Assert.Contains("## Allies", markdown.Text);
        Assert.Contains("### the state medical society", markdown.Text);
        Assert.Contains("- **Our offer:** a briefing on what physicians in single-payer systems report", markdown.Text);
        Assert.Contains("## Pitches", markdown.Text);
        Assert.Contains("Riverside Medical School AMSA chapter", markdown.Text);
        // Each pitch stays inside its list item (every later line indented), and its guides are cited by title.
        var text = markdown.Text!;
        var pitches = text[text.IndexOf("## Pitches", StringComparison.Ordinal)..];
        var shortPitch = pitches.Split('\n').SkipWhile(l => !l.StartsWith("- **Short:**", StringComparison.Ordinal)).Skip(1).First();
        Assert.StartsWith("  ", shortPitch);
        Assert.Contains(JourneyHost.Library.Source("amsa-creating-allies").Title, pitches);
        Assert.DoesNotContain("amsa-creating-allies", pitches);
    }

    [Theory]
    [InlineData(Channels.Webchat, true)]
    [InlineData(Channels.Directline, true)]
    [InlineData(Channels.Console, true)]
    [InlineData(Channels.Msteams, false)]
    [InlineData(Channels.Slack, false)]
    public async Task PlanSummary_OnChannel_SendsThePlanEventOnlyOffTeamsAndSlack(string channelId, bool expected)
    {
        using var host = await Journeys.FinishedAsync(channelId: channelId);

        var replies = await host.SayAsync("plan");

        var events = replies.Where(r => r.Type == ActivityTypes.Event).ToList();
        Assert.Equal(expected, events.Count == 1);
        if (expected)
        {
            Assert.Equal("allybot.plan", events[0].Name);
            var value = BuilderJson.Convert<JsonElement>(events[0].Value);
            Assert.Equal(3, value.GetProperty("allies").GetArrayLength());
            Assert.Equal(3, value.GetProperty("pitches").GetArrayLength());
        }
    }

    [Fact]
    public async Task Plan_BeforeAnyAnswer_SaysThePlanIsEmpty()
    {
        using var host = await Journeys.AtGoalAsync();

        var replies = await host.SayAsync("my plan");

        Assert.Equal(Words.Text("interruptions", "plan-empty"), replies[0].Text);
        Assert.DoesNotContain(replies, r => r.Type == ActivityTypes.Event);
        Assert.Equal(Words.Question("goal", "largest-goal"), replies.Last().Text);
    }
}
