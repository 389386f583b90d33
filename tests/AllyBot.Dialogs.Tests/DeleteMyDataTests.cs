using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>"delete my data" asks first, then leaves nothing about the user in the store.</summary>
public sealed class DeleteMyDataTests
{
    [Fact]
    public async Task DeleteMyData_Confirmed_LeavesNoKeyInTheStore()
    {
        var storage = new RecordingStorage();
        using var host = new JourneyHost(storage);
        var driver = new ScenarioDriver(host, JourneyHost.Library.Scenario("patient-safety"));
        await driver.RunAsync();
        Assert.NotEmpty(storage.WrittenKeys);

        var asked = await host.SayAsync("delete my data");
        Assert.Equal(Words.Question("interruptions", "confirm-delete-data"), asked.Last().Text);
        var done = await host.SayAsync(Words.Choice("interruptions", "confirm-delete-data", "yes"));

        Assert.Equal(new[] { Words.Text("interruptions", "deleted") }, done.Texts());
        Assert.Empty(await storage.RemainingKeysAsync());
    }

    [Fact]
    public async Task DeleteMyData_FromCardButton_MidJourney_LeavesNoKeyAndStartsFreshNextTime()
    {
        var storage = new RecordingStorage();
        using var host = new JourneyHost(storage);
        await host.SayAsync("hi");
        await host.SayAsync(Words.Choice("welcome", "start", "full-plan"));
        await host.SayAsync("Maya");
        await host.SayAsync("Safer streets");

        await host.SubmitAsync("delete-my-data");
        await host.SayAsync("yes");

        Assert.Empty(await storage.RemainingKeysAsync());
        var fresh = await host.SayAsync("hi");
        Assert.StartsWith("Hi user1!", fresh.Texts().First());
        Assert.Equal(Words.Question("welcome", "start"), fresh.Last().Text);
    }

    [Fact]
    public async Task DeleteMyData_AsFirstMessageOfAConversation_AsksThenDeletes()
    {
        var storage = new RecordingStorage();
        using (var before = new JourneyHost(storage, conversation: "old"))
        {
            await before.SayAsync("hi");
            await before.SayAsync("Maya");
        }
        using var host = new JourneyHost(storage, conversation: "new");

        var asked = await host.SayAsync("delete my data");
        Assert.Equal(Words.Question("interruptions", "confirm-delete-data"), asked.Last().Text);
        await host.SayAsync(Words.Choice("interruptions", "confirm-delete-data", "yes"));

        Assert.Empty(await storage.RemainingKeysAsync());
    }

    [Fact]
    public async Task DeleteMyData_Declined_KeepsThePlan()
    {
        var storage = new RecordingStorage();
        using var host = new JourneyHost(storage);
        await host.SayAsync("hi");
        await host.SayAsync(Words.Choice("welcome", "start", "full-plan"));
        await host.SayAsync("Maya");
        await host.SayAsync("Safer streets");
        await host.SayAsync("delete my data");

        var kept = await host.SayAsync(Words.Choice("interruptions", "confirm-delete-data", "no"));

        Assert.Equal(Words.Text("interruptions", "delete-kept"), kept.First().Text);
        Assert.Equal("Safer streets", (await host.RecordAsync()).Plan.Goal.Statement);
    }
}
