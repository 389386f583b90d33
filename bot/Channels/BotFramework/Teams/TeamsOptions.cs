namespace AllyBot.Bot.Channels.BotFramework.Teams;

/// <summary>Teams behaviour. Bound from the <c>Teams</c> configuration section.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>
    /// Show "AllyBot is typing…" in Teams while a turn runs longer than <c>BotHost:TypingDelay</c>. Default true.
    /// </summary>
    public bool SendTypingIndicator { get; set; } = true;
}
