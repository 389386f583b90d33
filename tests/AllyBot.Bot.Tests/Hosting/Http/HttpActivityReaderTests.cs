using AllyBot.Bot.Hosting.Http;

namespace AllyBot.Bot.Tests.Hosting.Http;

public sealed class HttpActivityReaderTests
{
    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("Application/JSON; charset=UTF-8", true)]
    [InlineData("application/vnd.api+json", true)]
    [InlineData("application/json; charset=iso-8859-1", false)]
    [InlineData("text/json", false)]
    [InlineData("text/plain", false)]
    [InlineData("multipart/form-data; boundary=x", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("not a media type", false)]
    public void IsJson_ContentType_AcceptsOnlyUtf8Json(string? contentType, bool expected) =>
        Assert.Equal(expected, RequestBodyReader.IsJson(contentType));
}
