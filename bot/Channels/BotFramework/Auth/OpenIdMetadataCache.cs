using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AllyBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// One <see cref="ConfigurationManager{T}"/> per metadata URL, shared by every request: it caches the OpenID
/// metadata and signing keys and re-reads them every <see cref="BotFrameworkAuthOptions.MetadataRefreshInterval"/>.
/// A token signed with a key id we do not know means the keys rolled over: <see cref="RefreshNowAsync"/> then
/// reads them at once (at most every <see cref="MinimumForcedRefreshInterval"/>, so forged key ids cannot
/// make the bot hammer the metadata endpoint).
/// </summary>
public sealed class OpenIdMetadataCache(IHttpClientFactory httpClientFactory, IOptions<BotFrameworkAuthOptions> options, TimeProvider timeProvider)
{
    /// <summary>The named HttpClient used to fetch metadata and keys.</summary>
    public const string HttpClientName = "BotFramework.OpenIdMetadata";

    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Task<OpenIdConnectConfiguration> GetAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var entry = EntryFor(metadataUrl);
        // A configuration fetched by a forced refresh is newer than the manager's until the manager catches up.
        var forced = entry.Forced;
        return forced is not null && timeProvider.GetUtcNow() - forced.Value.At < MinimumForcedRefreshInterval
            ? Task.FromResult(forced.Value.Configuration)
            : entry.Manager.GetConfigurationAsync(cancellationToken);
    }

    /// <summary>Fresh metadata and keys, or null when a forced refresh happened too recently.</summary>
    public async Task<OpenIdConnectConfiguration?> RefreshNowAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var entry = EntryFor(metadataUrl);
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            if (entry.LastForcedAt is { } last && now - last < MinimumForcedRefreshInterval)
                return null;
            entry.LastForcedAt = now;
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, entry.Retriever, cancellationToken);
            entry.Forced = (configuration, now);
            entry.Manager.RequestRefresh();
            return configuration;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private Entry EntryFor(string metadataUrl) =>
        _entries.GetOrAdd(metadataUrl, url =>
        {
            var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
            {
                // Production metadata is https; plain http is only allowed for a loopback server (tests, local fakes).
                RequireHttps = !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback),
            };
            var manager = new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever)
            {
                AutomaticRefreshInterval = options.Value.MetadataRefreshInterval,
            };
            return new Entry(manager, retriever);
        });

    private sealed class Entry(ConfigurationManager<OpenIdConnectConfiguration> manager, IDocumentRetriever retriever)
    {
        public ConfigurationManager<OpenIdConnectConfiguration> Manager { get; } = manager;
        public IDocumentRetriever Retriever { get; } = retriever;
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public DateTimeOffset? LastForcedAt { get; set; }
        public (OpenIdConnectConfiguration Configuration, DateTimeOffset At)? Forced { get; set; }
    }
}
