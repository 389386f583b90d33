using AllyBot.EndToEnd.Tests.Infrastructure;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>The Web Chat suites share one running bot and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class WebChatCollection : ICollectionFixture<BotHostFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Web Chat (botframework-webchat 4.18.1 in Chromium)";
}
