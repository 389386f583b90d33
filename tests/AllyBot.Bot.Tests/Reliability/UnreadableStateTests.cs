using System.Text.Json.Nodes;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Bot.Tests.State;

namespace AllyBot.Bot.Tests.Reliability;

/// <summary>
/// One unreadable state row must not lock a person out: whatever cannot be read is set aside for an operator
/// (the quarantine table, with the raw row), the person is told plainly and goes on, and "delete my data"
/// always works and erases the set-aside copy too. The real host on a SQLite file broken as a hand edit or a
/// truncated write would break it.
/// </summary>
public sealed class UnreadableStateTests : IDisposable
{
    private const string PlanKey = "test/users/user1/plan";
    private const string ConversationKey = "test/conversations/conv-u";
    private static readonly string Apology = new AllyBot.Bot.Hosting.BotHostOptions().TurnErrorMessage;

    private readonly TempFolder _folder = new();

    private string Database => _folder.File("bot.db");

    private SqliteFile File => new(Database);

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Corruptions() => new()
    {
        { "truncated plan row", "state-unreadable-plan" },
        { "plan of the wrong shape", "state-unreadable-plan" },
        { "truncated conversation row", "state-unreadable-conversation" },
        { "unknown dialog id", "state-unreadable-conversation" },
        { "dialog state of the wrong shape", "state-unreadable-conversation" },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task BrokenRow_PersonIsToldPlainlyGoesOnAndTheRawRowIsSetAside(string corruption, string notice)
    {
        await using var host = new BotHostFactory(Database);
        var bot = new BotClient(host.StartAndCreateClient());
        await WalkIntoTheGoalAsync(bot);
        var broken = Corrupt(corruption);

        var first = await bot.TextsAsync(Activities.Message("conv-u", "hello", id: "after-1"));
        var second = await bot.TextsAsync(Activities.Message("conv-u", "menu", id: "after-2"));

        Assert.Equal(JourneyText.Text("interruptions", notice), first[0]);
        Assert.DoesNotContain(Apology, first.Concat(second));
        Assert.NotEmpty(second);
        Assert.Equal([broken.Json], File.Strings("SELECT json FROM bot_state_quarantine WHERE key = @key ORDER BY id", ("@key", broken.Key)));
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task BrokenRow_DeleteMyData_AsksThenErasesEverythingIncludingTheSetAsideCopy(string corruption, string notice)
    {
        await using var host = new BotHostFactory(Database);
        var bot = new BotClient(host.StartAndCreateClient());
        await WalkIntoTheGoalAsync(bot);
        Corrupt(corruption);

        var asked = await bot.TextsAsync(Activities.Message("conv-u", "delete my data", id: "del-1"));
        var done = await bot.TextsAsync(Activities.Message("conv-u", JourneyText.Choice("interruptions", "confirm-delete-data", "yes"), id: "del-2"));

        Assert.Equal([JourneyText.Text("interruptions", notice), JourneyText.Question("interruptions", "confirm-delete-data")], asked);
        Assert.Equal([JourneyText.Text("interruptions", "deleted")], done);
        Assert.Equal(0L, File.Scalar("SELECT count(*) FROM bot_state WHERE key NOT LIKE 'processed/%'"));
        Assert.Equal(0L, File.Scalar("SELECT count(*) FROM bot_state_quarantine"));
    }

    [Fact]
    public async Task TruncatedPlanRow_StartOver_GivesAFreshPlan()
    {
        await using var host = new BotHostFactory(Database);
        var bot = new BotClient(host.StartAndCreateClient());
        await WalkIntoTheGoalAsync(bot);
        Corrupt("truncated plan row");

        var asked = await bot.TextsAsync(Activities.Message("conv-u", "start over", id: "so-1"));
        var done = await bot.TextsAsync(Activities.Message("conv-u", JourneyText.Choice("interruptions", "confirm-start-over", "yes"), id: "so-2"));

        Assert.DoesNotContain(Apology, asked.Concat(done));
        Assert.Contains(JourneyText.Text("interruptions", "started-over"), done);
    }

    private static async Task WalkIntoTheGoalAsync(BotClient bot)
    {
        await bot.ExchangeAsync(Activities.UserJoined("conv-u", id: "j"));
        await bot.ExchangeAsync(Activities.Message("conv-u", JourneyText.Choice("welcome", "start", "full-plan"), id: "w1"));
        await bot.ExchangeAsync(Activities.Message("conv-u", "Maya", id: "w2"));
        await bot.ExchangeAsync(Activities.Message("conv-u", "Raise HIV testing rates", id: "w3"));
    }

    /// <summary>Breaks one row the way a hand edit or a torn write would; returns the key and the raw text left in it.</summary>
    private (string Key, string Json) Corrupt(string corruption)
    {
        var (key, edit) = corruption switch
        {
            "truncated plan row" => (PlanKey, (Func<string, string>)(json => json[..(json.Length / 2)])),
            "plan of the wrong shape" => (PlanKey, json => Edit(json, root => root["journey"]!["plan"]!["allies"] = "Clinic staff, the union")),
            "truncated conversation row" => (ConversationKey, json => json[..(json.Length / 2)]),
            "unknown dialog id" => (ConversationKey, json => Edit(json, root => root["DialogState"]!["dialogStack"]![0]!["id"] = "a-dialog-since-retired")),
            "dialog state of the wrong shape" => (ConversationKey, json => Edit(json, root => root["DialogState"]!["dialogStack"] = "not a stack")),
            _ => throw new ArgumentOutOfRangeException(nameof(corruption)),
        };
        var broken = edit((string)File.Scalar("SELECT json FROM bot_state WHERE key = @key", ("@key", key))!);
        Assert.Equal(1, File.Execute("UPDATE bot_state SET json = @json WHERE key = @key", ("@json", broken), ("@key", key)));
        return (key, broken);
    }

    private static string Edit(string json, Action<JsonNode> change)
    {
        var root = JsonNode.Parse(json)!;
        change(root);
        return root.ToJsonString();
    }
}
