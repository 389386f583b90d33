using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AllyBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// One <see cref="ConfigurationManager{T}"/> per metadata URL, shared by every request: it caches the OpenID
/// metadata and signing keys, re-reads them every <see cref="BotFrameworkAuthOptions.MetadataRefreshInterval"/>
/// and on demand (an unknown key id means the keys rolled over).
/// </summary>
public sealed class OpenIdMetadataCache(IHttpClientFactory httpClientFactory, IOptions<BotFrameworkAuthOptions> options)
{
    /// <summary>The named HttpClient used to fetch metadata and keys.</summary>
    public const string HttpClientName = "BotFramework.OpenIdMetadata";

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _managers = new(StringComparer.Ordinal);

    public Task<OpenIdConnectConfiguration> GetAsync(string metadataUrl, CancellationToken cancellationToken) =>
        ManagerFor(metadataUrl).GetConfigurationAsync(cancellationToken);

    /// <summary>Asks for fresh keys on the next read (honours the library's minimum of 5 minutes between refreshes).</summary>
    public void RequestRefresh(string metadataUrl) => ManagerFor(metadataUrl).RequestRefresh();

    private ConfigurationManager<OpenIdConnectConfiguration> ManagerFor(string metadataUrl) =>
        _managers.GetOrAdd(metadataUrl, url =>
        {
            var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
            {
                // Production metadata is https; plain http is only allowed for a loopback server (tests, local fakes).
                RequireHttps = !IsLoopback(url),
            };
            return new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever)
            {
                AutomaticRefreshInterval = options.Value.MetadataRefreshInterval,
            };
        });

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
