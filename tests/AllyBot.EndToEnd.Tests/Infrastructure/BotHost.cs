using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.EndToEnd.Tests.Infrastructure;

/// <summary>How the bot under test keeps its state.</summary>
public enum BotStore
{
    /// <summary>A fresh SQLite file in a temporary folder, deleted afterwards (the production default).</summary>
    TempSqlite,

    /// <summary>The in-memory store.</summary>
    Memory,
}

/// <summary>
/// The real bot host (Program.cs, every channel) on real Kestrel at 127.0.0.1 with a free port, started on
/// construction, with its own store. Clients reach it at <see cref="BaseUrl"/>. Extra settings (configuration
/// keys such as <c>DirectLine:Secret</c>) and service overrides are for what a suite must control.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly BotStore store;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "allybot-e2e", Guid.NewGuid().ToString("N"));

    public BotHost(BotStore store = BotStore.TempSqlite, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        this.store = store;
        this.settings = settings ?? new Dictionary<string, string?>();
        this.services = services;
        UseKestrel();
        StartServer();
        // Port 0 asked the OS for a free port; ask the server which one it got.
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>e.g. <c>http://127.0.0.1:43127/</c> (with the trailing slash).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The base URL without the trailing slash, as JS clients want their <c>domain</c>.</summary>
    public string Origin => BaseUrl.GetLeftPart(UriPartial.Authority);

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseUrl };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseUrls("http://127.0.0.1:0");
        if (store == BotStore.TempSqlite)
        {
            Directory.CreateDirectory(dataFolder);
            builder.UseSetting("Storage:Provider", "sqlite");
            builder.UseSetting("Storage:ConnectionString", $"Data Source={Path.Combine(dataFolder, "allybot.db")}");
        }
        else
        {
            builder.UseSetting("Storage:Provider", "memory");
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataFolder))
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner rather than failing a test run.
            }
        }
    }
}

/// <summary>
/// One <see cref="BotHost"/> for a whole test collection (<c>ICollectionFixture&lt;BotHostFixture&gt;</c>).
/// Derive and override <see cref="Settings"/> / <see cref="Store"/> when a suite needs other configuration.
/// </summary>
public class BotHostFixture : IDisposable
{
    private readonly Lazy<BotHost> host;

    public BotHostFixture() => host = new Lazy<BotHost>(() => new BotHost(Store, Settings, ConfigureServices));

    public BotHost Host => host.Value;

    public Uri BaseUrl => Host.BaseUrl;

    public string Origin => Host.Origin;

    protected virtual BotStore Store => BotStore.TempSqlite;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public void Dispose()
    {
        if (host.IsValueCreated)
        {
            host.Value.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
