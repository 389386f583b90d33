using AllyBot.Bot.Channels.BotFramework;
using AllyBot.Bot.Channels.Console;
using AllyBot.Bot.Hosting;
using AllyBot.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Bot.Tests.Channels.Console;

/// <summary>The console channel in process, on the same composition as Program.cs, with a real SQLite file.</summary>
public sealed class ConsoleChatSessionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<string[]> ChatAsync(string input, string user = "ada")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = ["chat"], ContentRootPath = _folder.Path });
        builder.Configuration["Storage:ConnectionString"] = "Data Source=state/chat.db";
        var command = new ConsoleChatCommand(user);
        builder.AddAllyBot();
        builder.AddBotFrameworkChannel();
        builder.AddConsoleChannel(command);
        await using var app = builder.Build();

        var output = new StringWriter();
        await app.Services.GetRequiredService<ConsoleChatSession>().RunAsync(new StringReader(input), output, command.UserName);
        return output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task RunAsync_EmptyInput_WelcomeAndFirstQuestionThenReturns()
    {
        var lines = await ChatAsync("");

        Assert.Equal(["Hi, I'm AllyBot. I help you find allies for your health or social-change goal.", "What goal are you working toward?"], lines);
    }

    [Fact]
    public async Task RunAsync_NumberPicksChoice_NoRestartsTheQuestions()
    {
        var lines = await ChatAsync("Vaccines for migrant workers\nthe farmworkers' clinic\n2\n");

        Assert.Equal(
        [
            "Hi, I'm AllyBot. I help you find allies for your health or social-change goal.",
            "What goal are you working toward?",
            "Who is one potential ally who might share that goal?",
            "Your goal: Vaccines for migrant workers. One ally: the farmworkers' clinic. Is that right?",
            "  1. Yes",
            "  2. No",
            "No problem, let's start again.",
            "What goal are you working toward?",
        ], lines);
    }

    [Fact]
    public async Task RunAsync_BlankLines_Ignored()
    {
        var lines = await ChatAsync("\n   \nSafe parks\n");

        Assert.Equal("Who is one potential ally who might share that goal?", lines[^1]);
    }

    [Fact]
    public async Task RunAsync_SameUserComesBack_ResumesWithTheOpenQuestion()
    {
        await ChatAsync("Safe parks\n");

        var second = await ChatAsync("the parks department\n1\n");

        Assert.Equal(
        [
            "Hi, I'm AllyBot. I help you find allies for your health or social-change goal.",
            "Who is one potential ally who might share that goal?",
            "Your goal: Safe parks. One ally: the parks department. Is that right?",
            "  1. Yes",
            "  2. No",
            "Noted: the parks department as an ally for \"Safe parks\". Send any message to plan another goal.",
        ], second);
    }

    [Fact]
    public async Task RunAsync_OtherUser_HasItsOwnConversation()
    {
        await ChatAsync("Safe parks\n", user: "ada");

        var other = await ChatAsync("", user: "grace");

        Assert.Equal("What goal are you working toward?", other[^1]);
    }
}
