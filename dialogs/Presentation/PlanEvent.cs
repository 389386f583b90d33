using System.Text.Json;
using AllyBot.Builder.Schema;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Presentation;

/// <summary>
/// The plan as an <c>event</c> activity named <c>allybot.plan</c> whose value is the plan as JSON
/// ({"goal":{"statement":…},"allies":[…],"pitches":[…]}), so a web page or a test can read it. Teams and
/// Slack would show an event as nothing useful (or drop it), so it is not sent there.
/// </summary>
public static class PlanEvent
{
    public const string Name = "allybot.plan";

    public static bool IsSentOn(string? channelId) => channelId is not (Channels.Msteams or Channels.Slack);

    public static Activity Create(CoalitionPlan plan) => new()
    {
        Type = ActivityTypes.Event,
        Name = Name,
        Value = JsonSerializer.SerializeToElement(plan, BuilderJson.Options),
    };
}
