using AllyBot.Bot.Channels.BotFramework;
using AllyBot.Bot.Channels.Console;
using AllyBot.Bot.Hosting;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder;
using AllyBot.Content.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Bot.Tests.Channels.Console.Streaming;

/// <summary>
/// The console channel on the composition of Program.cs, with a stand-in dialog that streams: what the terminal
/// shows while the reply arrives and after the final message.
/// </summary>
public sealed class ConsoleStreamingTests : IAsyncLifetime
{
    private const string Drafting = "Drafting your pitch…";

    private readonly TempFolder _folder = new();
    private readonly StreamingStandInBot _bot = new();
    private readonly StringWriter _text = new();
    private TextWriter _output = null!;
    private WebApplication _app = null!;
    private string _separator = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = ["chat"], ContentRootPath = _folder.Path });
        builder.Configuration["Storage:Provider"] = "memory";
        builder.AddAllyBot();
        builder.AddBotFrameworkChannel();
        builder.AddConsoleChannel(new ConsoleChatCommand("ada"));
        builder.Services.Replace(ServiceDescriptor.Singleton<IBot>(_bot));
        _app = builder.Build();
        _output = TextWriter.Synchronized(_text);
        _separator = _app.Services.GetRequiredService<ContentLibrary>().Text(StreamingIds.Step, StreamingIds.CheckedVersionText);
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    private Task ChatAsync(string input) =>
        _app.Services.GetRequiredService<ConsoleChatSession>().RunAsync(new StringReader(input), _output, "ada");

    private string Screen()
    {
        lock (_output)
            return _text.ToString();
    }

    private async Task WaitForScreenAsync(string expectedEnd)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!Screen().EndsWith(expectedEnd, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            await Task.Delay(10);
        Assert.EndsWith(expectedEnd, Screen(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streamed_ChunksPrintInOrderAsTheyArrive_FinalNotPrintedTwice()
    {
        var chat = ChatAsync("draft my pitch\n");

        await _bot.Inform(Drafting);
        await WaitForScreenAsync(Drafting + Environment.NewLine);
        await _bot.Chunk("Dear Dr. Lee,");
        await WaitForScreenAsync(Drafting + Environment.NewLine + "Dear Dr. Lee,");
        await _bot.Chunk(" our chapter would like 20 minutes.");
        await WaitForScreenAsync("Dear Dr. Lee, our chapter would like 20 minutes.");
        await _bot.End("Dear Dr. Lee, our chapter would like 20 minutes.");
        await chat;

        Assert.Equal([Drafting, "Dear Dr. Lee, our chapter would like 20 minutes."], Lines());
    }

    [Fact]
    public async Task FinalDiffersFromWhatWasPrinted_SeparatorThenTheFinalMessage()
    {
        var chat = ChatAsync("draft my pitch\n");

        await _bot.Chunk("Dear Dr. Lee, as the largest chapter");
        await WaitForScreenAsync("Dear Dr. Lee, as the largest chapter");
        await _bot.End("Hi Dr. Lee, our chapter would like 20 minutes.");
        await chat;

        Assert.Equal(["Dear Dr. Lee, as the largest chapter", _separator, "Hi Dr. Lee, our chapter would like 20 minutes."], Lines());
    }

    [Fact]
    public async Task FinalWithButtons_SameText_OnlyTheButtonsFollow()
    {
        var chat = ChatAsync("draft my pitch\n");

        await _bot.Chunk("Dear Dr. Lee,");
        await WaitForScreenAsync("Dear Dr. Lee,");
        await _bot.Do(s => s.EndStreamAsync(MessageFactory.SuggestedActions(["Another version", "Looks good"], "Dear Dr. Lee,")));
        await chat;

        Assert.Equal(["Dear Dr. Lee,", "  1. Another version", "  2. Looks good"], Lines());
    }

    private string[] Lines() => Screen().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
