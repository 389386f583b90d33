using AllyBot.Bot.Generative;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using AllyBot.Content.Generative;
using AllyBot.Content.Generative.Pitches;
using AllyBot.Content.Loading;
using AllyBot.FakeOpenAI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AllyBot.Bot.Tests.Generative;

/// <summary>
/// The generative features as the host builds them (ModelChatClientFactory: the real AzureOpenAIClient,
/// OpenTelemetry, fault translation) against the fake Azure OpenAI server on 127.0.0.1, over the shipped library.
/// </summary>
public sealed class GenerativeRig : IAsyncDisposable
{
    private static readonly Lazy<ContentLibrary> Shipped = new(() => ContentLoader.Load());

    private GenerativeRig(FakeAzureOpenAIServer model, GenerativeOptions options)
    {
        Model = model;
        Options = options;
        LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        Chat = ModelChatClientFactory.Create(new ModelEndpoint(ModelEndpoint.Vendor.AzureOpenAI, model.Endpoint, model.Deployment, model.ApiKey), LoggerFactory);
        Caller = new GenerativeCaller(Chat, options, new UserCallLimiter(options, TimeProvider.System), TimeProvider.System, LoggerFactory.CreateLogger<GenerativeCaller>());
        Template = new TemplatePitchDrafter(Library);
        Drafter = new GenerativePitchDrafter(Template, Caller, Library);
    }

    public static ContentLibrary Library => Shipped.Value;

    public FakeAzureOpenAIServer Model { get; }
    public GenerativeOptions Options { get; }
    public CollectingLoggerProvider Logs { get; } = new();
    public ILoggerFactory LoggerFactory { get; }
    public IChatClient Chat { get; }
    public GenerativeCaller Caller { get; }
    public TemplatePitchDrafter Template { get; }
    public GenerativePitchDrafter Drafter { get; }

    /// <summary>The standard draft's notice, as the library words it.</summary>
    public static string StandardDraftNotice => Library.Text(GenerativeIds.Step, GenerativeIds.StandardDraftText);

    public static async Task<GenerativeRig> StartAsync(Action<GenerativeOptions>? configure = null)
    {
        var options = new GenerativeOptions { TimeoutSeconds = 2 };
        configure?.Invoke(options);
        return new GenerativeRig(await FakeAzureOpenAIServer.StartAsync(), options);
    }

    /// <summary>The single-payer scenario's first ally (the county nurses' union), with a private note and the topic kept off the table.</summary>
    public static PitchRequest NursesUnion(string? goal = null, string? allyName = null)
    {
        var scenario = Library.Scenario("single-payer");
        var ally = scenario.Allies[0];
        return new PitchRequest(
            new GoalInfo(goal ?? scenario.Goal.Statement, scenario.Goal.Issue, scenario.Goal.Solution, "which tax would fund it"),
            new AllyInfo(allyName ?? ally.Name, ally.AudienceId, ally.Stance, ally.SelfInterest, ally.Ask, ally.Offer, ally.ContactName, ally.ContactRole),
            PitchAngle.CommonValues,
            "Riverside AMSA",
            ["Dana is up for re-election at the union next spring"]);
    }

    public async ValueTask DisposeAsync()
    {
        Chat.Dispose();
        LoggerFactory.Dispose();
        await Model.DisposeAsync();
    }
}
