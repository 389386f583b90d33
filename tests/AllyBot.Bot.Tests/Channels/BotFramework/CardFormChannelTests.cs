using System.Text.Json;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.BotFramework;

/// <summary>The Bot Framework adapter says which channels render Adaptive Card inputs: there the goal comes as one card form.</summary>
public sealed class CardFormChannelTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(AllyBot.Builder.Schema.Channels.Webchat, true)]
    [InlineData(AllyBot.Builder.Schema.Channels.Emulator, true)]
    [InlineData(AllyBot.Builder.Schema.Channels.Directline, true)]
    [InlineData(AllyBot.Builder.Schema.Channels.Test, false)]
    public async Task NewUserAtTheGoal_OverApiMessages_CardFormOnlyWhereTheChannelRendersCardInputs(string channelId, bool form)
    {
        await using var host = new BotHostFactory(_folder.File($"{channelId}.db"));
        var bot = new BotClient(host.StartAndCreateClient());
        Activity On(Activity activity)
        {
            activity.ChannelId = channelId;
            return activity;
        }

        await bot.ExchangeAsync(On(Activities.UserJoined("conv-f", id: "f1")));
        await bot.ExchangeAsync(On(Activities.Message("conv-f", JourneyText.Choice("welcome", "start", "full-plan"), id: "f2")));
        var replies = await bot.ExchangeAsync(On(Activities.Message("conv-f", "Ada", id: "f3")));

        var last = replies[^1];
        var card = last.Attachments?.Select(a => BuilderJson.Convert<JsonElement>(a.Content)).FirstOrDefault();
        var isForm = card is { ValueKind: JsonValueKind.Object } c && c.GetProperty("body").EnumerateArray().Any(e => e.GetProperty("type").GetString() == "Input.Text");
        Assert.Equal(form, isForm);
        if (!form)
            Assert.Equal(JourneyText.Question("goal", "largest-goal"), last.Text);
    }
}
