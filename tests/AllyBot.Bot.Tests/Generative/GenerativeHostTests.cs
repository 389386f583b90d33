using System.Net;
using System.Text.Json;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Content.Drafting;
using AllyBot.Content.Generative.Answers;
using AllyBot.Content.Generative.Intake;
using AllyBot.Content.Generative.Pitches;
using AllyBot.FakeOpenAI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Bot.Tests.Generative;

/// <summary>The real host with and without a model configured: registrations, start-up validation, health, and a whole journey.</summary>
public sealed class GenerativeHostTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private FakeAzureOpenAIServer _model = null!;

    public async Task InitializeAsync() => _model = await FakeAzureOpenAIServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _model.DisposeAsync();
        _folder.Dispose();
    }

    private Dictionary<string, string?> Azure(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureOpenAI:Endpoint"] = _model.Endpoint.ToString(),
            ["AzureOpenAI:Deployment"] = _model.Deployment,
            ["AzureOpenAI:ApiKey"] = _model.ApiKey,
        };
        foreach (var (key, value) in extra)
            settings[key] = value;
        return settings;
    }

    [Fact]
    public async Task NoEndpoint_NothingGenerativeIsRegistered_AndHealthSaysSo()
    {
        await using var host = new BotHostFactory(_folder.File("plain.db"));
        var client = host.StartAndCreateClient();

        Assert.IsType<TemplatePitchDrafter>(host.Services.GetRequiredService<IPitchDrafter>());
        Assert.Null(host.Services.GetService<IChatClient>());
        Assert.Null(host.Services.GetService<IIntakeExtractor>());
        var answer = await host.Services.GetRequiredService<ICoachingAnswers>().AnswerAsync("how do I approach a pastor?");
        Assert.False(answer.FromModel);
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        var ready = JsonDocument.Parse(await client.GetStringAsync("/healthz/ready")).RootElement;
        Assert.False(ready.GetProperty("entries").GetProperty("model").GetProperty("data").GetProperty("configured").GetBoolean());
        Assert.Empty(_model.Requests);
    }

    [Fact]
    public async Task AzureEndpoint_DecoratesTheDrafter_AndReadinessSaysReachable()
    {
        await using var host = new BotHostFactory(_folder.File("azure.db"), Azure());
        var client = host.StartAndCreateClient();

        Assert.IsType<GenerativePitchDrafter>(host.Services.GetRequiredService<IPitchDrafter>());
        Assert.NotNull(host.Services.GetService<IIntakeExtractor>());
        var ready = JsonDocument.Parse(await client.GetStringAsync("/healthz/ready")).RootElement;
        var model = ready.GetProperty("entries").GetProperty("model");
        Assert.Equal("Healthy", model.GetProperty("status").GetString());
        Assert.True(model.GetProperty("data").GetProperty("reachable").GetBoolean());
        Assert.Equal(_model.Deployment, model.GetProperty("data").GetProperty("model").GetString());
    }

    [Fact]
    public async Task ModelDown_HealthzStaysGreen_ReadinessSaysUnreachable()
    {
        var settings = Azure();
        await _model.DisposeAsync();
        _model = await FakeAzureOpenAIServer.StartAsync(); // a live one for DisposeAsync; the configured one is gone
        await using var host = new BotHostFactory(_folder.File("down.db"), settings);
        var client = host.StartAndCreateClient();

        var live = await client.GetAsync("/healthz");
        var ready = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var model = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("entries").GetProperty("model");
        Assert.Equal("Degraded", model.GetProperty("status").GetString());
        Assert.False(model.GetProperty("data").GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task FeaturesSetting_TurnsOnlyThoseOn()
    {
        await using var host = new BotHostFactory(_folder.File("features.db"), Azure(("Generative:Features", "answers")));
        host.StartAndCreateClient();

        Assert.IsType<TemplatePitchDrafter>(host.Services.GetRequiredService<IPitchDrafter>());
        Assert.Null(host.Services.GetService<IIntakeExtractor>());
        Assert.NotNull(host.Services.GetService<IChatClient>());
    }

    [Fact]
    public async Task OpenAICompatibleEndpoint_IsUsedWithABearerKey()
    {
        var settings = new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = _model.OpenAIEndpoint.ToString(),
            ["OpenAI:Model"] = "llama-3.1-8b",
            ["OpenAI:ApiKey"] = _model.ApiKey,
        };
        _model.Responder = r => PitchJson.Polish(r).Reply();
        await using var host = new BotHostFactory(_folder.File("openai.db"), settings);
        host.StartAndCreateClient();

        var pitch = await host.Services.GetRequiredService<IPitchDrafter>().DraftAsync(GenerativeRig.NursesUnion());

        Assert.Null(pitch.Fallback);
        var sent = Assert.Single(_model.Requests);
        Assert.Equal("/v1/chat/completions", sent.Path);
        Assert.Equal($"Bearer {_model.ApiKey}", sent.Authorization);
        Assert.Equal("llama-3.1-8b", sent.Body.GetProperty("model").GetString());
    }

    [Theory]
    [InlineData("--AzureOpenAI:Endpoint=myres.openai.azure.com", "AzureOpenAI:Endpoint")]
    [InlineData("--AzureOpenAI:Endpoint=https://myres.openai.azure.com/", "AzureOpenAI:Deployment")]
    [InlineData("--OpenAI:Endpoint=ftp://models.local/", "OpenAI:Endpoint")]
    [InlineData("--Generative:Features=pitch,poems", "Generative:Features")]
    public async Task MalformedSetting_StopsTheBotWithAClearMessage(string setting, string key)
    {
        var result = await BotProcess.RunAsync(_folder.Path, "", "chat", setting);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("AllyBot cannot start", result.Error);
        Assert.Contains(key, result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task WholeJourney_WithTheModel_ShowsPolishedPitches()
    {
        _model.Responder = r => PitchJson.Polish(r).Reply();
        await using var host = new BotHostFactory(_folder.File("journey.db"), Azure());
        var bot = new BotClient(host.StartAndCreateClient());
        var replies = new List<AllyBot.Builder.Schema.Activity>();
        var id = 0;

        replies.AddRange(await bot.ExchangeAsync(Activities.UserJoined("conv-gen", id: "join")));
        foreach (var answer in JourneyRig.WithModel(SinglePayerScript.Answers()))
            replies.AddRange(await bot.ExchangeAsync(Activities.Message("conv-gen", answer, id: $"m{++id}")));

        var transcript = string.Join("\n", replies.Select(r => r.Text));
        Assert.Contains(JourneyText.Text("menu", "journey-complete"), replies.Select(r => r.Text));
        Assert.NotEmpty(_model.Requests);
        foreach (var sent in _model.Requests)
            Assert.Contains(PitchJson.AddedSentence(sent.Data), transcript);
    }
}
