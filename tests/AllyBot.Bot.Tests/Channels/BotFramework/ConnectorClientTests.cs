using AllyBot.Bot.Channels.BotFramework;

namespace AllyBot.Bot.Tests.Channels.BotFramework;

public sealed class ConnectorClientTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/conversations/a%3Ab%3Bc%40d/activities/1%3A2")]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations/a%3Ab%3Bc%40d/activities/1%3A2")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/v3/conversations/a%3Ab%3Bc%40d/activities/1%3A2")]
    public void BuildUri_ServiceUrlWithOrWithoutSlash_OneSlashAndEscapedIds(string serviceUrl, string expected)
    {
        var uri = ConnectorClient.BuildUri(serviceUrl, "v3", "conversations", "a:b;c@d", "activities", "1:2");

        Assert.Equal(expected, uri.AbsoluteUri);
    }

    [Fact]
    public void BuildUri_IdWithSlashAndSpace_StaysOneEscapedSegment()
    {
        var uri = ConnectorClient.BuildUri("https://example.test/", "v3", "conversations", "a/b c", "activities");

        Assert.Equal("/v3/conversations/a%2Fb%20c/activities", uri.AbsolutePath);
    }

    [Theory]
    [InlineData("ftp://example.test/")]
    [InlineData("/relative")]
    [InlineData("")]
    public void BuildUri_NotAnHttpUrl_Throws(string serviceUrl) =>
        Assert.Throws<ArgumentException>(() => ConnectorClient.BuildUri(serviceUrl, "v3"));
}
