namespace AllyBot.Dialogs.Hosting;

/// <summary>Options of the coaching journey.</summary>
public sealed class JourneyOptions
{
    /// <summary>
    /// After this long without a message, a user with a question open is greeted back and offered to continue
    /// (instead of their next message being taken as the answer). Default 8 hours.
    /// </summary>
    public TimeSpan ResumeAfter { get; set; } = TimeSpan.FromHours(8);
}
