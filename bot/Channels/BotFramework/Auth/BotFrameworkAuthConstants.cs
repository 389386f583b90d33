namespace AllyBot.Bot.Channels.BotFramework.Auth;

/// <summary>Issuers, claims and algorithms of Bot Framework tokens (docs/protocols.md §3a, from the SDK's AuthenticationConstants).</summary>
public static class BotFrameworkAuthConstants
{
    /// <summary>The issuer of tokens the Bot Connector (Teams, Azure Bot Service channels) sends.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>The caller id set on activities that passed channel authentication.</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    public const string ServiceUrlClaim = "serviceurl";
    public const string VersionClaim = "ver";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";

    /// <summary>The property of a JWKS key that lists the channels the key may sign for.</summary>
    public const string EndorsementsProperty = "endorsements";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Only RSA signatures: <c>none</c> and HMAC (HS*) are refused.</summary>
    public static readonly IReadOnlyList<string> AllowedAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>Entra ID issuers of Emulator tokens (the SDK's EmulatorValidation list, public cloud and US Gov).</summary>
    public static readonly IReadOnlyList<string> EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    /// <summary>
    /// Issuers whose tokens go through the Entra ID (Emulator) path. A SingleTenant bot also trusts its own
    /// tenant's issuers, as the SDK does when a tenant id is configured.
    /// </summary>
    public static IReadOnlyList<string> EntraIssuers(BotFrameworkAuthOptions options)
    {
        if (options.MicrosoftAppType != MicrosoftAppType.SingleTenant || string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            return EmulatorIssuers;
        var tenant = options.MicrosoftAppTenantId.Trim();
        return
        [
            .. EmulatorIssuers,
            $"https://sts.windows.net/{tenant}/",
            $"https://login.microsoftonline.com/{tenant}/v2.0",
            $"https://login.microsoftonline.us/{tenant}/v2.0",
        ];
    }
}
