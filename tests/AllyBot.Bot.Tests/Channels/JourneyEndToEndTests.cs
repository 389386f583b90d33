using System.Text.Json;
using AllyBot.Bot.Channels.BotFramework;
using AllyBot.Bot.Channels.Console;
using AllyBot.Bot.Hosting;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Bot.Tests.Channels;

/// <summary>The whole coaching journey through the real host: /api/messages with a restart midway, and the console channel.</summary>
public sealed class JourneyEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WholeJourney_OverApiMessagesWithHostRestartMidway_EndsWithThePlanEvent()
    {
        var answers = SinglePayerScript.Answers();
        var database = _folder.File("journey.db");
        var replies = new List<Activity>();
        var id = 0;
        Activity Next(string text) => Activities.Message("conv-sp", text, id: $"m{++id}");

        await using (var first = new BotHostFactory(database))
        {
            var bot = new BotClient(first.StartAndCreateClient());
            replies.AddRange(await bot.ExchangeAsync(Activities.UserJoined("conv-sp", id: "join")));
            foreach (var answer in answers.Take(answers.Count / 2))
                replies.AddRange(await bot.ExchangeAsync(Next(answer)));
        }
        await using (var second = new BotHostFactory(database))
        {
            var bot = new BotClient(second.StartAndCreateClient());
            foreach (var answer in answers.Skip(answers.Count / 2))
                replies.AddRange(await bot.ExchangeAsync(Next(answer)));
        }

        var transcript = string.Join("\n", replies.Select(r => r.Text ?? $"[{r.Type}]"));
        Assert.Contains(JourneyText.Text("menu", "journey-complete"), replies.Select(r => r.Text));
        var planEvent = Assert.Single(replies, r => r.Type == ActivityTypes.Event);
        Assert.Equal("allybot.plan", planEvent.Name);
        var plan = BuilderJson.Convert<JsonElement>(planEvent.Value);
        Assert.Equal(SinglePayerScript.Scenario.Goal.Statement, plan.GetProperty("goal").GetProperty("statement").GetString());
        var allies = plan.GetProperty("allies").EnumerateArray().ToList();
        Assert.Equal(SinglePayerScript.Scenario.Allies.Select(a => a.AudienceId), allies.Select(a => a.GetProperty("audienceId").GetString()));
        Assert.Equal(SinglePayerScript.Scenario.Allies.Select(a => a.Ask), allies.Select(a => a.GetProperty("ask").GetString()));
        Assert.Equal(3, plan.GetProperty("pitches").GetArrayLength());
        Assert.DoesNotContain(JourneyText.Library.Step("goal").Question("scope").Reprompt, transcript);
        var card = Assert.Single(replies.SelectMany(r => r.Attachments ?? []));
        Assert.Equal("1.5", BuilderJson.Convert<JsonElement>(card.Content).GetProperty("version").GetString());
    }

    [Fact]
    public async Task WholeJourney_OverTheConsoleChannel_PrintsThePlanAndNoEvent()
    {
        var input = string.Join("\n", SinglePayerScript.Answers()) + "\n";

        var lines = await ChatAsync(input);

        Assert.Contains(JourneyText.Text("menu", "journey-complete"), lines);
        Assert.Contains("COALITION PLAN", lines);
        Assert.Contains("- Our ask: send ten members to testify at the state hearing", lines);
        Assert.Contains(lines, l => l.Contains("Saved the pitch for the state medical society", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("allybot.plan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Journey_OverTheConsoleChannel_ComingBackOffersToContinue()
    {
        var answers = SinglePayerScript.Answers();
        await ChatAsync(string.Join("\n", answers.Take(5)) + "\n");

        var lines = await ChatAsync(JourneyText.Choice("resume", "resume-or-restart", "continue") + "\n" + answers[5] + "\n");

        Assert.Equal(JourneyText.Text("resume", "welcome-back", ("user", SinglePayerScript.Scenario.UserRole), ("step", "your goal")), lines[0]);
        Assert.Contains(lines, l => l.StartsWith(JourneyText.Question("goal", "not-the-issue"), StringComparison.Ordinal));
        Assert.Contains(JourneyText.Text("goal", "done"), lines);
    }

    [Fact]
    public async Task DeleteMyData_OverApiMessages_LeavesNoRowInTheSqliteFile()
    {
        var answers = SinglePayerScript.Answers();
        var database = _folder.File("delete.db");
        await using (var host = new BotHostFactory(database))
        {
            var bot = new BotClient(host.StartAndCreateClient());
            await bot.ExchangeAsync(Activities.UserJoined("conv-old", id: "j0"));
            foreach (var (answer, i) in answers.Take(8).Select((a, i) => (a, i)))
                await bot.ExchangeAsync(Activities.Message("conv-old", answer, id: $"o{i}"));
            await bot.ExchangeAsync(Activities.UserJoined("conv-new", id: "j1"));
            Assert.NotEqual(0, CountRows(database));

            var asked = await bot.TextsAsync(Activities.Message("conv-new", "delete my data", id: "d1"));
            var done = await bot.TextsAsync(Activities.Message("conv-new", JourneyText.Choice("interruptions", "confirm-delete-data", "yes"), id: "d2"));

            Assert.Equal(JourneyText.Question("interruptions", "confirm-delete-data"), asked[^1]);
            Assert.Equal([JourneyText.Text("interruptions", "deleted")], done);
        }
        Assert.Equal(0, CountRows(database));
    }

    private static long CountRows(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        // Processed-activity markers stay for the de-duplication window; their keys are hashes and they hold only a time.
        command.CommandText = "SELECT count(*) FROM bot_state WHERE key NOT LIKE 'processed/%' OR json LIKE '%user1%' OR json LIKE '%conv-%'";
        return (long)command.ExecuteScalar()!;
    }

    private async Task<string[]> ChatAsync(string input)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = ["chat"], ContentRootPath = _folder.Path });
        builder.Configuration["Storage:ConnectionString"] = "Data Source=state/journey.db";
        var command = new ConsoleChatCommand("maya");
        builder.AddAllyBot();
        builder.AddBotFrameworkChannel();
        builder.AddConsoleChannel(command);
        await using var app = builder.Build();
        var output = new StringWriter();
        await app.Services.GetRequiredService<ConsoleChatSession>().RunAsync(new StringReader(input), output, command.UserName);
        return output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }
}
