namespace AllyBot.EndToEnd.Tests.DirectLine;

/// <summary>The streaming suites share one running host with the streaming stand-in bot.</summary>
[CollectionDefinition(Name)]
public sealed class DirectLineStreamingCollection : ICollectionFixture<StreamingBotFixture>
{
    public const string Name = "Streaming (botframework-directlinejs in Node)";
}
