using AllyBot.Bot.Channels.Slack;
using AllyBot.Bot.Channels.Slack.Inbound;
using AllyBot.Bot.Channels.Slack.Turns;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Tests.Channels.Slack.Turns;

public sealed class SlackTurnQueueTests
{
    private static SlackCommandInbound Command(string user, string text) =>
        new(new SlackSlashCommand("T1", "C1", user, null, "/allybot", text, null, null), text);

    [Fact]
    public void TryEnqueue_SameConversation_SameLaneInOrder()
    {
        var queue = new SlackTurnQueue(Options.Create(new SlackOptions { Workers = 4, QueueCapacity = 400 }));
        for (var i = 0; i < 5; i++)
            Assert.True(queue.TryEnqueue(Command("U1", $"m{i}")));

        var lane = Enumerable.Range(0, queue.LaneCount).Single(i => queue.Lane(i).Count > 0);
        var texts = new List<string>();
        while (queue.Lane(lane).TryRead(out var item))
            texts.Add(((SlackCommandInbound)item).Text);
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], texts);
    }

    [Fact]
    public void TryEnqueue_LaneFull_ReturnsFalse()
    {
        var queue = new SlackTurnQueue(Options.Create(new SlackOptions { Workers = 1, QueueCapacity = 2 }));

        Assert.True(queue.TryEnqueue(Command("U1", "a")));
        Assert.True(queue.TryEnqueue(Command("U1", "b")));
        Assert.False(queue.TryEnqueue(Command("U1", "c")));
    }
}
