using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.BotFramework.Auth;

/// <summary>Registers Bot Framework authentication: inbound JWT validation and outbound connector tokens.</summary>
public static class BotFrameworkAuthServiceCollectionExtensions
{
    /// <summary>
    /// Fills the host's two auth seams: with a MicrosoftAppId, <see cref="BotFrameworkChannelAuthenticator"/>
    /// for <see cref="IChannelRequestAuthenticator"/> and <see cref="ClientCredentialsConnectorCredentials"/>
    /// for <see cref="IConnectorCredentials"/>; without one, the host's anonymous defaults. Also puts the
    /// refresh-once-on-401 handler on the connector's HttpClient. Call it BEFORE <c>AddBotFrameworkChannel</c>:
    /// both use TryAdd, so whatever is registered first (a test's stand-in, then this) wins.
    /// </summary>
    public static IHostApplicationBuilder AddBotFrameworkAuthentication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddBotFrameworkAuthentication(builder.Configuration);
        services.TryAddSingleton<BotFrameworkChannelAuthenticator>();
        services.TryAddSingleton<ClientCredentialsConnectorCredentials>();
        services.TryAddSingleton<IChannelRequestAuthenticator>(sp => IsEnabled(sp)
            ? sp.GetRequiredService<BotFrameworkChannelAuthenticator>()
            : new AllowAnonymousChannelRequestAuthenticator());
        services.TryAddSingleton<IConnectorCredentials>(sp => IsEnabled(sp)
            ? sp.GetRequiredService<ClientCredentialsConnectorCredentials>()
            : new AnonymousConnectorCredentials());
        services.AddHttpClient(ConnectorClient.HttpClientName).AddConnectorAuthentication();
        return builder;
    }

    private static bool IsEnabled(IServiceProvider services) =>
        services.GetRequiredService<IOptions<BotFrameworkAuthOptions>>().Value.IsAuthenticationEnabled;

    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkAuthOptions>()
            .Configure(options => Bind(configuration, options))
            .ValidateOnStart();
        // Start-up fails with messages that say which key to fix.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkAuthOptions>, BotFrameworkAuthOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(OpenIdMetadataCache.HttpClientName);
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName);
        services.TryAddSingleton<OpenIdMetadataCache>();
        services.TryAddSingleton<BotFrameworkTokenValidator>();
        services.TryAddSingleton<ConnectorTokenProvider>();
        services.TryAddTransient<ConnectorAuthenticationHandler>();
        return services;
    }

    /// <summary>Adds the bearer token (and the refresh-once-on-401) to the HttpClient that calls the Bot Connector.</summary>
    public static IHttpClientBuilder AddConnectorAuthentication(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<ConnectorAuthenticationHandler>();

    /// <summary>
    /// The <c>MicrosoftApp*</c> keys live at the configuration root, as Azure Bot Service and the SDK name
    /// them; endpoints and intervals under <c>BotFramework:</c>.
    /// </summary>
    internal static void Bind(IConfiguration configuration, BotFrameworkAuthOptions options)
    {
        var section = configuration.GetSection(BotFrameworkAuthOptions.SectionName);
        options.OpenIdMetadataUrl = section["OpenIdMetadataUrl"] ?? options.OpenIdMetadataUrl;
        options.EmulatorOpenIdMetadataUrl = section["EmulatorOpenIdMetadataUrl"] ?? options.EmulatorOpenIdMetadataUrl;
        options.TokenEndpoint = section["TokenEndpoint"] ?? options.TokenEndpoint;
        options.OAuthScope = section["OAuthScope"] ?? options.OAuthScope;
        if (section["MetadataRefreshInterval"] is { } interval)
            options.MetadataRefreshInterval = TimeSpan.TryParse(interval, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : TimeSpan.Zero;

        options.MicrosoftAppId = NullIfBlank(configuration["MicrosoftAppId"]);
        options.MicrosoftAppPassword = NullIfBlank(configuration["MicrosoftAppPassword"]);
        options.MicrosoftAppTenantId = NullIfBlank(configuration["MicrosoftAppTenantId"]);
        var appType = configuration["MicrosoftAppType"]?.Trim();
        // As the SDK: case-insensitive, and anything unrecognised means MultiTenant — except the managed
        // identity type, which needs a different token flow this bot does not have.
        if (string.Equals(appType, "SingleTenant", StringComparison.OrdinalIgnoreCase))
            options.MicrosoftAppType = MicrosoftAppType.SingleTenant;
        else if (string.Equals(appType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
            options.UnsupportedAppType = appType;
        else
            options.MicrosoftAppType = MicrosoftAppType.MultiTenant;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed class BotFrameworkAuthOptionsValidator : IValidateOptions<BotFrameworkAuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, BotFrameworkAuthOptions options)
        {
            var problems = options.Validate().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
