using AllyBot.Bot.Channels.BotFramework.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Auth;

public sealed class BotFrameworkAuthOptionsTests
{
    private const string AppId = "3c1f0d9a-8e2b-4b7c-9d6e-5f4a3b2c1d0e";

    private static BotFrameworkAuthOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddBotFrameworkAuthentication(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<BotFrameworkAuthOptions>>().Value;
    }

    [Fact]
    public void ResolveTokenEndpoint_MultiTenant_UsesBotFrameworkTenant()
    {
        var options = Resolve(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "x" });

        Assert.Equal(MicrosoftAppType.MultiTenant, options.MicrosoftAppType);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", options.ResolveTokenEndpoint().ToString());
    }

    [Fact]
    public void ResolveTokenEndpoint_SingleTenant_UsesOwnTenant()
    {
        var tenant = Guid.NewGuid().ToString();
        var options = Resolve(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "x", ["MicrosoftAppType"] = "singletenant", ["MicrosoftAppTenantId"] = tenant });

        Assert.Equal(MicrosoftAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal($"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token", options.ResolveTokenEndpoint().ToString());
    }

    [Fact]
    public void ResolveTokenEndpoint_Configured_WinsOverAppType()
    {
        var options = Resolve(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "x", ["BotFramework:TokenEndpoint"] = "http://127.0.0.1:9/token" });

        Assert.Equal("http://127.0.0.1:9/token", options.ResolveTokenEndpoint().ToString());
    }

    [Fact]
    public void Bind_Defaults_PointAtBotFrameworkMetadata()
    {
        var options = Resolve(new());

        Assert.False(options.IsAuthenticationEnabled);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        Assert.Equal(TimeSpan.FromHours(24), options.MetadataRefreshInterval);
    }

    [Theory]
    [InlineData("SingleTenant", null, "x", "MicrosoftAppTenantId is required")]
    [InlineData("UserAssignedMSI", "t", null, "not supported")]
    public void Resolve_InvalidCombination_FailsNamingTheKey(string appType, string? tenant, string? password, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["MicrosoftAppId"] = AppId, ["MicrosoftAppType"] = appType, ["MicrosoftAppTenantId"] = tenant, ["MicrosoftAppPassword"] = password,
        }));

        Assert.Contains(expected, error.Message);
    }
}
