namespace AllyBot.Bot.Channels.BotFramework;

/// <summary>
/// The Azure Bot registration. Bound from the configuration root, with the Bot Framework SDK's key names,
/// so the settings Azure App Service and the SDK samples use work unchanged.
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary>
    /// The bot's Microsoft App ID. Default empty: no authentication in either direction (local development,
    /// the Agents Playground, the Emulator). When set, inbound requests must carry a valid channel token.
    /// </summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app's client secret, for outbound connector tokens. Keep it in user secrets or the environment.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    /// <summary>The tenant for <c>SingleTenant</c> and <c>UserAssignedMSI</c> apps. Default empty.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>True when an App ID is configured, so requests and replies are authenticated.</summary>
    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
