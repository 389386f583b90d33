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

    /// <summary>
    /// A full plan with the goal given, the rest of the goal and the brainstorm left empty, and
    /// <paramref name="ally"/> named as the first ally; the conversation goes on from its first question.
    /// </summary>
    public static async Task<(JourneyHost Host, Conversation Talk)> AtFirstAllyAsync(string ally, bool cardForms = false)
    {
        var host = new JourneyHost(new MemoryStorage(), cardForms: cardForms);
        var talk = new Conversation(host);
        await talk.SayAsync("hi");
        await talk.SayAsync(Words.Choice("welcome", "start", "full-plan"));
        await talk.SayAsync("Maya, Eastside Tenants United");
        if (cardForms)
        {
            await talk.SubmitFormAsync(new Dictionary<string, string> { ["largest-goal"] = "Stable housing for every family in Eastside" });
            await talk.SubmitFormAsync();
        }
        else
        {
            foreach (var answer in new[] { "Stable housing for every family in Eastside", "skip", "skip", "none", "not sure", "none" })
                await talk.SayAsync(answer);
        }
        await talk.SayAsync(ally);
        return (host, talk);
    }
}
