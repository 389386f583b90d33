namespace AllyBot.Bot.Channels.BotFramework.Auth;

/// <summary>How the bot's Microsoft App ID is registered in Entra ID (config key <c>MicrosoftAppType</c>).</summary>
public enum MicrosoftAppType
{
    /// <summary>The default, and the fallback for unrecognised values, as in the SDK.</summary>
    MultiTenant,
    SingleTenant,
}

/// <summary>
/// Bot Framework credentials and endpoints. The <c>MicrosoftApp*</c> keys sit at the configuration root (the
/// names Azure Bot Service and the SDK use); the rest live under <c>BotFramework:</c>. With no
/// <see cref="MicrosoftAppId"/> authentication is off both ways: inbound requests are accepted anonymously and
/// outbound calls carry no token (docs/protocols.md §3c) — the local/Emulator/Playground set-up.
/// </summary>
public sealed class BotFrameworkAuthOptions
{
    public const string SectionName = "BotFramework";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Where Emulator (and other Entra-issued) tokens' keys are published; the SDK's default.</summary>
    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    public const string DefaultOAuthScope = "https://api.botframework.com/.default";

    /// <summary><c>MicrosoftAppId</c>: the bot's app (client) id; empty turns authentication off.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary><c>MicrosoftAppPassword</c>: the client secret for outbound tokens. Never logged.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MicrosoftAppType</c>: MultiTenant (default) or SingleTenant.</summary>
    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.MultiTenant;

    /// <summary><c>MicrosoftAppTenantId</c>: required for SingleTenant; picks its issuers and token endpoint.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>BotFramework:OpenIdMetadataUrl</c>: metadata for channel-issued tokens.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary><c>BotFramework:EmulatorOpenIdMetadataUrl</c>: metadata for Entra-issued (Emulator) tokens.</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = DefaultEmulatorOpenIdMetadataUrl;

    /// <summary>
    /// <c>BotFramework:MetadataRefreshInterval</c>: how often the signing keys are re-read. The docs ask for
    /// at least once every 24 h; an unknown key id also triggers a refresh (key roll-over).
    /// </summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary><c>BotFramework:TokenEndpoint</c>: overrides the client-credentials endpoint (tests, sovereign clouds).</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary><c>BotFramework:OAuthScope</c>: the scope asked for outbound tokens.</summary>
    public string OAuthScope { get; set; } = DefaultOAuthScope;

    /// <summary>A <c>MicrosoftAppType</c> value this bot cannot serve (UserAssignedMSI); reported by <see cref="Validate"/>.</summary>
    internal string? UnsupportedAppType { get; set; }

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The client-credentials endpoint for this app type (docs/protocols.md §3b), unless overridden.</summary>
    public Uri ResolveTokenEndpoint()
    {
        if (!string.IsNullOrWhiteSpace(TokenEndpoint))
            return new Uri(TokenEndpoint);
        var tenant = MicrosoftAppType == MicrosoftAppType.SingleTenant ? MicrosoftAppTenantId : "botframework.com";
        return new Uri($"https://login.microsoftonline.com/{Uri.EscapeDataString(tenant ?? "")}/oauth2/v2.0/token");
    }

    /// <summary>
    /// Configuration problems that must stop start-up, with the fix in the message; empty when valid. The app
    /// id's format is not checked (Azure's are GUIDs, but the id is only ever compared), nor is the password.
    /// </summary>
    public IEnumerable<string> Validate()
    {
        if (!IsAuthenticationEnabled)
            yield break;
        if (UnsupportedAppType is not null)
            yield return $"MicrosoftAppType '{UnsupportedAppType}' is not supported; use MultiTenant or SingleTenant.";
        // MicrosoftAppPassword is checked when the first outbound token is needed, not here: inbound
        // validation works without it, and the host stays up to answer (401) while the secret is being fixed.
        if (MicrosoftAppType == MicrosoftAppType.SingleTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            yield return "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.";
        foreach (var (key, url) in new[] { ("OpenIdMetadataUrl", OpenIdMetadataUrl), ("EmulatorOpenIdMetadataUrl", EmulatorOpenIdMetadataUrl), ("TokenEndpoint", TokenEndpoint) })
        {
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
                yield return $"BotFramework:{key} must be an absolute URL.";
        }
        if (MetadataRefreshInterval < TimeSpan.FromMinutes(5))
            yield return "BotFramework:MetadataRefreshInterval must be at least 5 minutes.";
    }
}
