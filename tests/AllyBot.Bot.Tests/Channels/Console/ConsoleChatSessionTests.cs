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

        Assert.Equal([.. JourneyText.WelcomeLines("ada"), .. JourneyText.QuestionLines("welcome", "start")], lines);
    }

    [Fact]
    public async Task RunAsync_NumberPicksChoice_GoesOnToTheGoal()
    {
        var lines = await ChatAsync("2\nMaya\n");

        Assert.Equal(
        [
            .. JourneyText.WelcomeLines("ada"),
            .. JourneyText.QuestionLines("welcome", "start"),
            JourneyText.Question("welcome", "your-name"),
            JourneyText.GoalIntro(),
            JourneyText.Question("goal", "largest-goal"),
        ], lines);
    }

    [Fact]
    public async Task RunAsync_BlankLines_Ignored()
    {
        var lines = await ChatAsync("\n   \n2\n");

        Assert.Equal([.. JourneyText.QuestionLines("welcome", "start"), JourneyText.Question("welcome", "your-name")], lines[^5..]);
    }

    [Fact]
    public async Task RunAsync_SameUserComesBack_ResumesWithTheOpenQuestion()
    {
        await ChatAsync("2\n");

        var second = await ChatAsync("Maya\nSafe parks\n");

        Assert.Equal(
        [
            JourneyText.Question("welcome", "your-name"),
            JourneyText.GoalIntro(),
            JourneyText.Question("goal", "largest-goal"),
            JourneyText.Question("goal", "issue"),
        ], second);
    }

    [Fact]
    public async Task RunAsync_OtherUser_HasItsOwnConversation()
    {
        await ChatAsync("2\n", user: "ada");

        var other = await ChatAsync("", user: "grace");

        Assert.Equal(JourneyText.QuestionLines("welcome", "start")[^1], other[^1]);
        Assert.StartsWith("Hi grace!", other[0]);
    }
}
