using AllyBot.EndToEnd.Tests.Infrastructure;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>The Web Chat suites share one browser, the real bot, and (started only when used) a plan-card stand-in bot.</summary>
[CollectionDefinition(Name)]
public sealed class WebChatCollection : ICollectionFixture<BotHostFixture>, ICollectionFixture<ChromiumFixture>, ICollectionFixture<PlanCardBotFixture>
{
    public const string Name = "Web Chat (botframework-webchat 4.18.1 in Chromium)";
}
