using AllyBot.EndToEnd.Tests.Infrastructure;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>The Web Chat suites share one browser, the real bot, and (started only when used) a stand-in bot for the plan card and pitches.</summary>
[CollectionDefinition(Name)]
public sealed class WebChatCollection : ICollectionFixture<BotHostFixture>, ICollectionFixture<ChromiumFixture>, ICollectionFixture<StandInBotFixture>
{
    public const string Name = "Web Chat (botframework-webchat 4.18.1 in Chromium)";
}
