using System.Net;
using System.Text.Json;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AllyBot.Bot.Tests.Hosting;

/// <summary>The shared turn machinery (gate, error handler, invoke answers) seen through the real HTTP host.</summary>
public sealed class TurnPipelineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private BotHostFactory HostWith<TBot>(CollectingLoggerProvider? logs = null, IReadOnlyDictionary<string, string?>? settings = null) where TBot : class, IBot =>
        new(_folder.File("bot.db"), settings, services: services =>
        {
            services.AddSingleton<TBot>();
            services.Replace(ServiceDescriptor.Singleton<IBot>(sp => sp.GetRequiredService<TBot>()));
            if (logs is not null)
                services.AddSingleton<ILoggerProvider>(logs);
        });

    [Fact]
    public async Task TwoTurnsOfOneConversation_PostedAtOnce_RunOneAtATimeAndLoseNoUpdate()
    {
        await using var host = HostWith<SlowCounterBot>();
        var bot = new BotClient(host.StartAndCreateClient());

        var replies = await Task.WhenAll(
            bot.TextsAsync(Activities.Message("conv-c", "one", id: "c1")),
            bot.TextsAsync(Activities.Message("conv-c", "two", id: "c2")));
        var third = await bot.TextsAsync(Activities.Message("conv-c", "three", id: "c3"));

        Assert.Equal(["count 1", "count 2"], replies.SelectMany(r => r).Order());
        Assert.Equal(["count 3"], third);
        Assert.Equal(1, host.Services.GetRequiredService<SlowCounterBot>().MaxOverlapInOneConversation);
    }

    [Fact]
    public async Task TurnsOfDifferentPeopleInDifferentConversations_PostedAtOnce_RunInParallel()
    {
        await using var host = HostWith<SlowCounterBot>();
        var bot = new BotClient(host.StartAndCreateClient());
        var other = Activities.Message("conv-p2", "one", id: "p2");
        other.From = new AllyBot.Builder.Schema.ChannelAccount("user2", "Bo");

        await Task.WhenAll(
            bot.TextsAsync(Activities.Message("conv-p1", "one", id: "p1")),
            bot.TextsAsync(other));

        Assert.Equal(2, host.Services.GetRequiredService<SlowCounterBot>().MaxOverlapOverall);
    }

    [Fact]
    public async Task TurnsOfOnePersonInTwoConversations_PostedAtOnce_RunOneAtATime()
    {
        await using var host = HostWith<SlowCounterBot>();
        var bot = new BotClient(host.StartAndCreateClient());

        await Task.WhenAll(
            bot.TextsAsync(Activities.Message("conv-q1", "one", id: "q1")),
            bot.TextsAsync(Activities.Message("conv-q2", "one", id: "q2")));

        Assert.Equal(1, host.Services.GetRequiredService<SlowCounterBot>().MaxOverlapOverall);
    }

    [Fact]
    public async Task BotThrows_UserGetsOnlyTheApologyAndStateFromBeforeTheTurnIsKept()
    {
        await using var host = HostWith<ScriptedBot>();
        var bot = new BotClient(host.StartAndCreateClient());
        await bot.TextsAsync(Activities.Message("conv-e", "first", id: "e1"));

        var failed = await bot.TextsAsync(Activities.Message("conv-e", "boom", id: "e2"));
        var after = await bot.TextsAsync(Activities.Message("conv-e", "second", id: "e3"));

        // What the failed turn said before failing is not sent: nothing of it was saved.
        var apology = Assert.Single(failed);
        Assert.StartsWith("Sorry, something went wrong on my side.", apology);
        Assert.Contains("saved", apology);
        Assert.Equal(["before: first"], after);
    }

    [Fact]
    public async Task BotThrows_LogsTheFailureButNotTheMessageTextAboveDebug()
    {
        var logs = new CollectingLoggerProvider();
        await using var host = HostWith<ScriptedBot>(logs);
        var bot = new BotClient(host.StartAndCreateClient());

        await bot.TextsAsync(Activities.Message("conv-l", $"boom {ScriptedBot.SecretText}", id: "l1"));

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
        Assert.DoesNotContain(logs.Entries, e => e.Level > LogLevel.Debug
            && (e.Message.Contains(ScriptedBot.SecretText, StringComparison.Ordinal) || e.Exception?.ToString().Contains(ScriptedBot.SecretText, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Invoke_BotSendsInvokeResponseActivity_StatusAndBodyReturned()
    {
        await using var host = HostWith<ScriptedBot>();
        var bot = new BotClient(host.StartAndCreateClient());

        using var response = await bot.PostAsync(Activities.Invoke("conv-i", "test/activity", id: "i1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task Invoke_BotPutsInvokeResponseInTurnState_StatusAndBodyReturned()
    {
        await using var host = HostWith<ScriptedBot>();
        var bot = new BotClient(host.StartAndCreateClient());

        using var response = await bot.PostAsync(Activities.Invoke("conv-i", "test/turnstate", id: "i2"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("queued").GetInt32());
    }

    [Fact]
    public async Task Invoke_BotThrows_Returns500WithoutCrashingTheHost()
    {
        await using var host = HostWith<ScriptedBot>();
        var bot = new BotClient(host.StartAndCreateClient());

        using var failed = await bot.PostAsync(Activities.Invoke("conv-i", "test/fail", id: "i3"));
        var after = await bot.TextsAsync(Activities.Message("conv-i", "still there?", id: "i4"));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(["before: (nothing)"], after);
    }

    private static readonly Dictionary<string, string?> TypingOn = new()
    {
        ["BotHost:SendTypingIndicator"] = "true",
        ["BotHost:TypingDelay"] = "00:00:00.05",
    };

    [Fact]
    public async Task SlowTurn_TypingIndicatorOn_TypingSentBeforeTheReply()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = HostWith<SlowCounterBot>(settings: TypingOn);
        var bot = new BotClient(host.StartAndCreateClient());

        using var response = await bot.PostAsync(Activities.Message("conv-t", "one", id: "t1", serviceUrl: connector.ServiceUrl, expectReplies: false));

        var types = (await connector.WaitForAsync(2)).Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("type").GetString()).ToList();
        // Both go out as separate HTTP calls, so on a loaded machine their arrival order is not guaranteed;
        // what matters is that a slow turn shows typing at all and still delivers its reply.
        Assert.Contains("typing", types);
        Assert.Contains("message", types);
    }

    [Fact]
    public async Task SlowTurn_TypingIndicatorOnButExpectReplies_NoTypingInReplies()
    {
        await using var host = HostWith<SlowCounterBot>(settings: TypingOn);
        var bot = new BotClient(host.StartAndCreateClient());

        var replies = await bot.ExchangeAsync(Activities.Message("conv-t", "one", id: "t1"));

        Assert.Equal(["message"], replies.Select(r => r.Type));
    }
}
