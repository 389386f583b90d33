using AllyBot.Bot.Channels.BotFramework;
using AllyBot.Bot.Hosting;
using AllyBot.Bot.Storage;
using AllyBot.Builder.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Tests.Hosting;

/// <summary>What AddAllyBot and AddBotFrameworkChannel register, given configuration.</summary>
public sealed class CompositionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private WebApplicationBuilder Builder(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = _folder.Path });
        builder.AddAllyBot();
        builder.AddBotFrameworkChannel();
        return builder;
    }

    [Fact]
    public void AddAllyBot_NoAddressConfigured_ListensOnLocalhost3978()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? Environment.GetEnvironmentVariable("URLS");

        var builder = Builder();

        Assert.Equal(fromEnvironment ?? "http://localhost:3978", builder.Configuration["urls"]);
    }

    [Fact]
    public void AddAllyBot_UrlsOnCommandLine_ThoseWin()
    {
        var builder = Builder("--urls", "http://127.0.0.1:5055");

        Assert.Equal("http://127.0.0.1:5055", builder.Configuration["urls"]);
    }

    [Fact]
    public void AddAllyBot_HttpPortsConfigured_NoDefaultUrlThatWouldOverrideThem()
    {
        var builder = Builder("--http_ports", "8080");

        Assert.True(string.IsNullOrEmpty(builder.Configuration["urls"]) || builder.Configuration["urls"] == Environment.GetEnvironmentVariable("ASPNETCORE_URLS"));
    }

    [Fact]
    public void AddAllyBot_UrlsAddedLater_OverrideTheDefault()
    {
        var builder = Builder();

        builder.Configuration["urls"] = "http://127.0.0.1:6000";

        Assert.Equal("http://127.0.0.1:6000", builder.Configuration["urls"]);
    }

    [Fact]
    public async Task Storage_Default_SqliteFileUnderContentRoot()
    {
        await using var app = Builder().Build();

        var storage = app.Services.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { a = 1 } });

        Assert.IsType<SqliteStorage>(storage);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "data", "allybot.db")));
    }

    [Fact]
    public async Task Storage_ProviderMemory_MemoryStorage()
    {
        await using var app = Builder("--Storage:Provider", "Memory").Build();

        Assert.IsType<MemoryStorage>(app.Services.GetRequiredService<IStorage>());
    }

    [Fact]
    public async Task Storage_UnknownProvider_FailsNamingTheKnownOnes()
    {
        await using var app = Builder("--Storage:Provider", "cosmos").Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.Services.GetRequiredService<IStorage>());
        Assert.Contains("cosmos", error.Message);
        Assert.Contains("sqlite", error.Message);
        Assert.Contains("memory", error.Message);
    }

    [Fact]
    public async Task BotFramework_NoAppId_AnonymousInBothDirections()
    {
        await using var app = Builder().Build();

        Assert.IsType<AllowAnonymousChannelRequestAuthenticator>(app.Services.GetRequiredService<IChannelRequestAuthenticator>());
        Assert.IsType<AnonymousConnectorCredentials>(app.Services.GetRequiredService<IConnectorCredentials>());
    }

    [Fact]
    public async Task BotFramework_AppIdWithoutValidator_FailsClosed()
    {
        await using var app = Builder("--MicrosoftAppId", "00000000-0000-0000-0000-000000000001").Build();

        Assert.Equal("00000000-0000-0000-0000-000000000001", app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.MicrosoftAppId);
        var result = await app.Services.GetRequiredService<IChannelRequestAuthenticator>().AuthenticateAsync("Bearer x", new Builder.Schema.Activity());
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task BotHostOptions_Defaults_Documented()
    {
        await using var app = Builder().Build();

        var options = app.Services.GetRequiredService<IOptions<BotHostOptions>>().Value;

        Assert.Equal(262_144, options.MaxRequestBodyBytes);
        Assert.False(options.SendTypingIndicator);
        Assert.Equal(TimeSpan.FromMinutes(10), options.DeduplicationWindow);
    }
}
