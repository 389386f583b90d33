using AllyBot.Builder.State;

namespace AllyBot.Dialogs.Tests.Support;

internal static class Journeys
{
    /// <summary>A host whose user has walked the whole single-payer journey and is at the menu.</summary>
    public static async Task<JourneyHost> FinishedAsync(string scenario = "single-payer", string channelId = "test", IStorage? storage = null)
    {
        var host = new JourneyHost(storage ?? new MemoryStorage(), channelId);
        await new ScenarioDriver(host, JourneyHost.Library.Scenario(scenario)).RunAsync();
        return host;
    }

    /// <summary>A new user who chose a full plan, gave their name and is asked for their goal.</summary>
    public static async Task<JourneyHost> AtGoalAsync(IStorage? storage = null, string channelId = "test")
    {
        var host = new JourneyHost(storage ?? new MemoryStorage(), channelId);
        await host.SayAsync("hi");
        await host.SayAsync(Words.Choice("welcome", "start", "full-plan"));
        await host.SayAsync("Maya");
        return host;
    }
}
