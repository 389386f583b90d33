using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Bot.Tests.Reliability;

/// <summary>
/// A turn whose save conflicts (another instance saved the person's shared state in between) is run again on
/// fresh state, and only what the committed run said is sent; the apology comes only when the re-runs run out.
/// The conflicting write is a real write to the same SQLite file, as another process would make it.
/// </summary>
public sealed class ConflictRetryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private BotHostFactory Host(int interferingRuns) => new(_folder.File("bot.db"), services: services =>
    {
        services.AddSingleton(sp => new InterferingBot(sp.GetRequiredService<UserState>(), sp.GetRequiredService<IStorage>(), interferingRuns));
        services.Replace(ServiceDescriptor.Singleton<IBot>(sp => sp.GetRequiredService<InterferingBot>()));
    });

    [Fact]
    public async Task SaveConflictsTwice_TurnRunsThreeTimesAndSaysOnlyWhatTheCommittedRunSaid()
    {
        await using var host = Host(interferingRuns: 2);
        var bot = new BotClient(host.StartAndCreateClient());

        var replies = await bot.TextsAsync(Activities.Message("conv-1", "clinic hours", id: "m1"));

        Assert.Equal(["run 3: noted clinic hours after [other instance, other instance]"], replies);
        Assert.Equal(3, host.Services.GetRequiredService<InterferingBot>().Runs);
    }

    [Fact]
    public async Task SaveConflictsEveryTime_ApologyOnceTheRetriesRunOut()
    {
        await using var host = Host(interferingRuns: int.MaxValue);
        var bot = new BotClient(host.StartAndCreateClient());

        var replies = await bot.TextsAsync(Activities.Message("conv-1", "clinic hours", id: "m1"));

        Assert.Equal([new AllyBot.Bot.Hosting.BotHostOptions().TurnErrorMessage], replies);
        Assert.Equal(1 + new AllyBot.Bot.Hosting.TurnCommitOptions().ConflictRetries, host.Services.GetRequiredService<InterferingBot>().Runs);
    }

    /// <summary>Reads the user's notes, lets "another instance" write them meanwhile (the first N runs), then saves.</summary>
    private sealed class InterferingBot(UserState userState, IStorage storage, int interferingRuns) : IBot
    {
        private readonly IStatePropertyAccessor<List<string>> _notes = userState.CreateProperty<List<string>>("notes");

        public int Runs { get; private set; }

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            if (turnContext.Activity.Type != ActivityTypes.Message)
                return;
            var run = ++Runs;
            var notes = await _notes.GetAsync(turnContext, () => [], cancellationToken);
            if (run <= interferingRuns)
            {
                var key = userState.StorageKeyOf(turnContext);
                await storage.WriteAsync(new Dictionary<string, object> { [key] = new { eTag = "*", notes = notes.Append("other instance").ToList() } }, cancellationToken);
            }
            notes.Add(turnContext.Activity.Text!);
            await turnContext.SendActivityAsync($"run {run}: noted {notes[^1]} after [{string.Join(", ", notes.SkipLast(1))}]", cancellationToken: cancellationToken);
            await userState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
        }
    }
}
