using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Bot.Tests.State;
using AllyBot.Builder.Schema;
using Xunit.Abstractions;

namespace AllyBot.Bot.Tests.Crash;

/// <summary>
/// Conversations walk the whole single-payer journey against the real bot process on a SQLite file while the
/// process is killed with SIGKILL at random moments, several times, and restarted on the same file. Each
/// conversation behaves as a channel does: an answer that got no acknowledgement is delivered again with the
/// same activity id. Afterwards: no conversation is stuck (every turn answered without the apology, every
/// journey finished), the file passes <c>PRAGMA integrity_check</c>, and every acknowledged answer is in the
/// plan exactly once (each conversation's export equals that of a run that never crashed).
/// Set ALLYBOT_CRASH_SEED to replay a run; ALLYBOT_CRASH_ROUNDS for more kills.
/// </summary>
public sealed class KillNineTests(ITestOutputHelper output) : IDisposable
{
    private const int Conversations = 4;
    private static readonly string Apology = new AllyBot.Bot.Hosting.BotHostOptions().TurnErrorMessage;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task KilledAtRandomPointsAndRestarted_NoStuckConversationNoLostOrRepeatedAnswer()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ALLYBOT_CRASH_SEED"), out var s) ? s : Random.Shared.Next();
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("ALLYBOT_CRASH_ROUNDS"), out var r) ? r : 5;
        var random = new Random(seed);
        var database = _folder.File("crash.db");
        var script = Script();
        var host = new HostGenerations(await BotServerProcess.StartAsync(_folder.Path, database));
        var drivers = Enumerable.Range(0, Conversations).Select(k => new ConversationDriver($"crash-{k}", script, host)).ToList();
        var walking = drivers.Select(d => d.WalkAsync()).ToList();

        for (var round = 0; round < rounds && walking.Any(w => !w.IsCompleted); round++)
        {
            // A random point: after some more acknowledged turns, with the other conversations mid-turn.
            await host.WaitForAcknowledgedAsync(host.Acknowledged + random.Next(3, script.Count * Conversations / (rounds + 2)));
            await host.RestartAsync(() => BotServerProcess.StartAsync(_folder.Path, database));
        }
        await Task.WhenAll(walking);
        var exports = await Task.WhenAll(drivers.Select(d => d.ExportAsync()));
        await host.DisposeAsync();

        output.WriteLine($"seed {seed}: {host.Kills} kills, {drivers.Sum(d => d.Redelivered)} answers delivered again, " +
                         $"{drivers.Sum(d => d.Duplicates)} of them already saved, {host.Acknowledged} turns acknowledged");
        Assert.Equal("ok", new SqliteFile(database).IntegrityCheck());
        Assert.All(drivers, d => Assert.Empty(d.Problems));
        var control = await ControlExportAsync(script);
        Assert.All(exports, export => Assert.Equal(control, export));
        Assert.True(host.Kills >= Math.Min(rounds, 1), $"seed {seed}: the host was never killed");
    }

    /// <summary>The welcome, then every answer of the single-payer journey.</summary>
    private static List<string> Script() => [.. SinglePayerScript.Answers()];

    /// <summary>The same journey on a host that never crashes: what every export must say.</summary>
    private async Task<string> ControlExportAsync(IReadOnlyList<string> script)
    {
        await using var control = new BotHostFactory(_folder.File("control.db"));
        var bot = new BotClient(control.StartAndCreateClient());
        await bot.ExchangeAsync(ConversationDriver.As("control", Activities.UserJoined("control", id: "join")));
        for (var i = 0; i < script.Count; i++)
            await bot.ExchangeAsync(ConversationDriver.As("control", Activities.Message("control", script[i], id: $"a{i}")));
        return string.Join("\n", await bot.TextsAsync(ConversationDriver.As("control", Activities.Message("control", "export", id: "export"))));
    }

    /// <summary>One person's conversation, posting as a channel would and redelivering what was not acknowledged.</summary>
    private sealed class ConversationDriver(string conversation, IReadOnlyList<string> script, HostGenerations host)
    {
        public List<string> Problems { get; } = [];

        public int Redelivered { get; private set; }

        public int Duplicates { get; private set; }

        public static Activity As(string conversation, Activity activity)
        {
            activity.Conversation = new ConversationAccount(conversation);
            activity.From = new ChannelAccount($"user-{conversation}", "Ada");
            return activity;
        }

        public async Task WalkAsync()
        {
            await DeliverAsync(As(conversation, Activities.UserJoined(conversation, id: "join")));
            for (var i = 0; i < script.Count; i++)
            {
                var replies = await DeliverAsync(As(conversation, Activities.Message(conversation, script[i], id: $"a{i}")));
                if (replies.Any(text => text == Apology || text.StartsWith("No ally at", StringComparison.Ordinal)))
                    Problems.Add($"answer {i} ('{script[i]}') got: {string.Join(" | ", replies)}");
            }
        }

        public async Task<string> ExportAsync() =>
            string.Join("\n", await DeliverAsync(As(conversation, Activities.Message(conversation, "export", id: "export"))));

        /// <summary>Posts until the host acknowledges, delivering the same activity again after a crash.</summary>
        private async Task<IReadOnlyList<string>> DeliverAsync(Activity activity)
        {
            for (var attempt = 0; ; attempt++)
            {
                var (generation, http) = host.Current;
                try
                {
                    var replies = await new BotClient(http).TextsAsync(activity);
                    host.CountAcknowledged();
                    if (attempt > 0)
                    {
                        Redelivered++;
                        if (replies.Count == 0)
                            Duplicates++;
                    }
                    return replies;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or ObjectDisposedException)
                {
                    await host.WaitForNewerThanAsync(generation);
                }
            }
        }
    }

    /// <summary>The running bot process, replaced by a fresh one on the same file after each kill.</summary>
    private sealed class HostGenerations(BotServerProcess first) : IAsyncDisposable
    {
        private readonly object _sync = new();
        private BotServerProcess _server = first;
        private int _generation;
        private TaskCompletionSource _restarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource _acknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _acknowledgedCount;

        public int Kills { get; private set; }

        public int Acknowledged => Volatile.Read(ref _acknowledgedCount);

        public (int Generation, HttpClient Http) Current
        {
            get { lock (_sync) return (_generation, _server.Http); }
        }

        public void CountAcknowledged()
        {
            Interlocked.Increment(ref _acknowledgedCount);
            TaskCompletionSource signal;
            lock (_sync)
            {
                signal = _acknowledged;
                _acknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            signal.TrySetResult();
        }

        public async Task WaitForAcknowledgedAsync(int count)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (Acknowledged < count && DateTime.UtcNow < deadline)
            {
                Task next;
                lock (_sync)
                    next = _acknowledged.Task;
                await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(1)));
            }
        }

        public async Task WaitForNewerThanAsync(int generation)
        {
            while (true)
            {
                Task restarted;
                lock (_sync)
                {
                    if (_generation > generation)
                        return;
                    restarted = _restarted.Task;
                }
                await restarted;
            }
        }

        public async Task RestartAsync(Func<Task<BotServerProcess>> start)
        {
            BotServerProcess old;
            lock (_sync)
                old = _server;
            await old.KillAsync();
            Kills++;
            var fresh = await start();
            TaskCompletionSource signal;
            lock (_sync)
            {
                _server = fresh;
                _generation++;
                signal = _restarted;
                _restarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            signal.TrySetResult();
            await old.DisposeAsync();
        }

        public async ValueTask DisposeAsync()
        {
            BotServerProcess server;
            lock (_sync)
                server = _server;
            await server.DisposeAsync();
        }
    }
}
