using AllyBot.Bot.Channels.Console;

namespace AllyBot.Bot.Tests.Channels.Console;

public sealed class ConsoleChatCommandTests
{
    [Fact]
    public void TryParse_NoArgs_NullSoTheWebHostRuns() => Assert.Null(ConsoleChatCommand.TryParse([]));

    [Fact]
    public void TryParse_OtherArgs_Null() => Assert.Null(ConsoleChatCommand.TryParse(["--urls", "http://127.0.0.1:5000"]));

    [Fact]
    public void TryParse_Chat_OsUserName() => Assert.Equal(Environment.UserName, ConsoleChatCommand.TryParse(["chat"])!.UserName);

    [Theory]
    [InlineData("--user", "ada")]
    [InlineData("-u", "ada")]
    public void TryParse_ChatWithUser_ThatUser(string flag, string name) =>
        Assert.Equal(name, ConsoleChatCommand.TryParse(["chat", flag, name])!.UserName);

    [Fact]
    public void TryParse_ChatWithUserEquals_ThatUser() => Assert.Equal("grace", ConsoleChatCommand.TryParse(["chat", "--user=grace"])!.UserName);
}
