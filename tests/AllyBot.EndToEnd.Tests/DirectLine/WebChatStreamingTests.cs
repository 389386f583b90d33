using System.Text.RegularExpressions;
using AllyBot.EndToEnd.Tests.Infrastructure;
using AllyBot.EndToEnd.Tests.WebChat;

namespace AllyBot.EndToEnd.Tests.DirectLine;

/// <summary>The Web Chat suites with the streaming stand-in bot share one browser and one host.</summary>
[CollectionDefinition(Name)]
public sealed class WebChatStreamingCollection : ICollectionFixture<StreamingBotFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Streaming (botframework-webchat 4.18.1 in Chromium)";
}

/// <summary>
/// Web Chat 4.18.1 on the chapter page at <c>/</c>, in headless Chromium, over our Direct Line WebSocket: a streamed
/// draft shows in the transcript while it is written, and the final message takes its place in the same bubble.
/// </summary>
[Collection(WebChatStreamingCollection.Name)]
public sealed class WebChatStreamingTests(StreamingBotFixture bot, ChromiumFixture chromium)
{
    [Fact]
    public async Task Widget_StreamedDraftShownWhileWritten_ThenReplacedByTheFinalMessage()
    {
        var page = await chromium.NewPageAsync();
        try
        {
            var site = new ChapterPage(page);
            await site.OpenAsync(bot.BaseUrl);
            await site.ExpectBotSaysAsync(StreamingBotFixture.Greeting);
            await site.ExpectConnectedAsync();

            await site.TypeAsync("replace on cue");
            await site.ExpectActivitiesCountAsync(Regex.Escape(StreamingBotFixture.Draft), 1);
            await ChromiumFixture.ScreenshotAsync(page, "webchat-streaming-draft");
            bot.ReleaseFinal();

            await site.ExpectActivitiesCountAsync(Regex.Escape(StreamingBotFixture.Replacement), 1);
            await site.ExpectActivitiesCountAsync(Regex.Escape(StreamingBotFixture.Draft), 0);
            await site.ExpectNoFailedSendsAsync();
            await ChromiumFixture.ScreenshotAsync(page, "webchat-streaming-final");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
