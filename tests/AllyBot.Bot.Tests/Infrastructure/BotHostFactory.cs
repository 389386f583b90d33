using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Bot.Tests.Infrastructure;

/// <summary>
/// The real host (Program.cs) on real Kestrel at 127.0.0.1 with a free port, storing state in the given
/// SQLite file. Optional extra settings and service overrides stand in for what a test needs to control.
/// </summary>
public sealed class BotHostFactory(string databasePath, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Starts Kestrel and returns a client whose base address is the listening server.</summary>
    public HttpClient StartAndCreateClient() => this.StartOnLoopback();

    /// <summary>The address Kestrel bound (the port is picked by the OS).</summary>
    public Uri ServerAddress => this.ServerAddress();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("Storage:Provider", "sqlite");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={databasePath}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        if (services is not null)
            builder.ConfigureServices(services);
    }
}
