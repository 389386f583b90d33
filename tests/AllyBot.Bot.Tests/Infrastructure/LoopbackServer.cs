using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Bot.Tests.Infrastructure;

/// <summary>Starting a test host on real Kestrel (its settings bind 127.0.0.1, port 0) and reaching it over HTTP.</summary>
public static class LoopbackServer
{
    /// <summary>Starts Kestrel and returns a client whose base address is the port the OS picked.</summary>
    public static HttpClient StartOnLoopback(this WebApplicationFactory<Program> factory)
    {
        factory.UseKestrel();
        factory.StartServer();
        return new HttpClient { BaseAddress = factory.ServerAddress() };
    }

    /// <summary>The address Kestrel bound.</summary>
    public static Uri ServerAddress(this WebApplicationFactory<Program> factory) =>
        new(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
