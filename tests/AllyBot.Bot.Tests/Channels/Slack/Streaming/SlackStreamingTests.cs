using AllyBot.Bot.Tests.Channels.Slack.Support;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Bot.Tests.Channels.Slack.Streaming;

/// <summary>
/// Slack cannot show a reply while it is written: a streamed reply there is the informative "Drafting…" message
/// and then the final text, both posted through the (fake) Slack Web API by the real host.
/// </summary>
public sealed class SlackStreamingTests : IAsyncLifetime
{
    private readonly StreamingStandInBot _bot = new();
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await SlackBotHost.StartAsync(services => services.AddSingleton<IBot>(_bot));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StreamedReply_DraftingMessageAtOnce_ThenTheFinalText_ChunksNeverPosted()
    {
        await _host.PostEventAsync(SlackPayloads.DirectMessage("EvStream1", "draft my pitch", ts: "1800000000.000100"));

        await _bot.Inform("Drafting your pitch…");
        var drafting = Assert.Single(await _host.Slack.WaitForPostsAsync(1));
        await _bot.Chunk("Dear Dr. Lee,");
        await _bot.Chunk(" as the largest chapter");
        await _bot.End("Dear Dr. Lee, our chapter would like 20 minutes.");

        var posts = await _host.Slack.WaitForPostsAsync(2);
        Assert.Equal("Drafting your pitch…", drafting.Text);
        Assert.Equal(["Drafting your pitch…", "Dear Dr. Lee, our chapter would like 20 minutes."], posts.Select(p => p.Text));
        Assert.All(posts, p => Assert.Equal("D1", p.Channel));
        Assert.False(_bot.WasStreamingChannel);
    }
}
