namespace AllyBot.Bot.Tests.Limits;

/// <summary>One <see cref="EdgeHost"/> with default settings, shared by the tests of a class.</summary>
public sealed class EdgeHostFixture : IAsyncLifetime
{
    public EdgeHost Host { get; private set; } = null!;

    /// <summary>A Direct Line conversation started once, for the activities endpoint.</summary>
    public string ConversationId { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await EdgeHost.StartAsync();
        (ConversationId, _) = await Host.StartDirectLineConversationAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
