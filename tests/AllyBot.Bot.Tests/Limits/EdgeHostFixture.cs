namespace AllyBot.Bot.Tests.Limits;

/// <summary>
/// One <see cref="EdgeHost"/> with default settings, except that a body arriving slower than 240 bytes/s is cut
/// off after 1.5 s instead of 5 s (so a body shorter than its Content-Length gets its 408 quickly), shared by the
/// tests of a class.
/// </summary>
public sealed class EdgeHostFixture : IAsyncLifetime
{
    public EdgeHost Host { get; private set; } = null!;

    /// <summary>A Direct Line conversation started once, for the activities endpoint.</summary>
    public string ConversationId { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await EdgeHost.StartAsync(new Dictionary<string, string?> { ["BotHost:Limits:MinRequestBodyGracePeriod"] = "00:00:01.5" });
        (ConversationId, _) = await Host.StartDirectLineConversationAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
