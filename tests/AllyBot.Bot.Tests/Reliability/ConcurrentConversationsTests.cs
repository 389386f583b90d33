using Xunit.Abstractions;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Bot.Tests.State;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Bot.Tests.Reliability;

/// <summary>
/// One person in two conversations at once (a Teams chat and the web widget): their turns collide on the
/// state they share, and a colliding turn is run again on fresh state instead of answering with the apology.
/// Real HTTP, real SQLite file.
/// </summary>
public sealed class ConcurrentConversationsTests(ITestOutputHelper output) : IDisposable
{
    private const int TurnsPerConversation = 20;
    private static readonly string Apology = new AllyBot.Bot.Hosting.BotHostOptions().TurnErrorMessage;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task FortyConcurrentTurnsInTwoConversations_NoApologyAndEveryMessageKept()
    {
        await using var host = NotesHost();
        var bot = new BotClient(host.StartAndCreateClient());

        var replies = await Task.WhenAll(Turns().Select(turn => bot.TextsAsync(turn)));

        Assert.DoesNotContain(replies.SelectMany(r => r), text => text == Apology);
        Assert.Equal(Enumerable.Range(1, 2 * TurnsPerConversation).Select(n => $"noted {n}"), replies.Select(r => Assert.Single(r)).OrderBy(t => int.Parse(t["noted ".Length..])));
        var notes = StoredNotes();
        Assert.Equal(Turns().Select(t => t.Text!).Order(StringComparer.Ordinal), notes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TwoInstancesOnOneFile_FortyConcurrentTurns_ConflictsAreRunAgainAndEveryMessageKept()
    {
        // Two hosts on one SQLite file stand in for two instances: their turn gates know nothing of each other,
        // so the person's two conversations really collide on the shared row and only the re-runs keep every note.
        var logs = new CollectingLoggerProvider();
        await using var first = NotesHost(logs);
        await using var second = NotesHost(logs);
        var (one, two) = (new BotClient(first.StartAndCreateClient()), new BotClient(second.StartAndCreateClient()));

        var replies = await Task.WhenAll(Turns().Select((turn, i) => (i % 2 == 0 ? one : two).TextsAsync(turn)));

        Assert.DoesNotContain(replies.SelectMany(r => r), text => text == Apology);
        Assert.Equal(Turns().Select(t => t.Text!).Order(StringComparer.Ordinal), StoredNotes().Order(StringComparer.Ordinal));
        var reruns = logs.Entries.Count(e => e.Message.Contains("running it again on fresh state", StringComparison.Ordinal));
        output.WriteLine($"{2 * TurnsPerConversation} turns on two instances: {reruns} runs thrown away after a conflict, 0 apologies");
        Assert.True(reruns > 0, "the instances never collided, so the re-runs were not exercised");
    }

    [Fact]
    public async Task FortyConcurrentTurnsOfTheJourneyInTwoConversations_NoApology()
    {
        await using var host = new BotHostFactory(_folder.File("journey.db"));
        var bot = new BotClient(host.StartAndCreateClient());
        await bot.TextsAsync(Message("teams-chat", "hi", "start-a"));
        await bot.TextsAsync(Message("web-widget", "hi", "start-b"));

        var replies = await Task.WhenAll(Turns().Select(turn => bot.TextsAsync(turn)));

        Assert.DoesNotContain(replies.SelectMany(r => r), text => text == Apology);
    }

    private BotHostFactory NotesHost(CollectingLoggerProvider? logs = null) => new(_folder.File("bot.db"), services: services =>
    {
        if (logs is not null)
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs);
        services.AddSingleton<UserNotesBot>();
        services.Replace(ServiceDescriptor.Singleton<IBot>(sp => sp.GetRequiredService<UserNotesBot>()));
    });

    private static IEnumerable<Activity> Turns() => Enumerable.Range(0, TurnsPerConversation).SelectMany(i => new[]
    {
        Message("teams-chat", $"from teams {i:D2}", $"a{i}"),
        Message("web-widget", $"from the widget {i:D2}", $"b{i}"),
    });

    private static Activity Message(string conversation, string text, string id) => Activities.Message(conversation, text, id: id);

    private List<string> StoredNotes() =>
        new SqliteFile(_folder.File("bot.db")).Row("test/users/user1").GetProperty("notes").EnumerateArray().Select(e => e.GetString()!).ToList();
}
