using AllyBot.EndToEnd.Tests.Infrastructure;

namespace AllyBot.EndToEnd.Tests.DirectLine;

/// <summary>The Direct Line suites share one running bot.</summary>
[CollectionDefinition(Name)]
public sealed class DirectLineCollection : ICollectionFixture<BotHostFixture>
{
    public const string Name = "Direct Line (botframework-directlinejs in Node)";
}
