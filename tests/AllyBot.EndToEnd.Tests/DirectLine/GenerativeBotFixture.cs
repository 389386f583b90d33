using AllyBot.Content.Loading;
using AllyBot.Content.Matching;
using AllyBot.Content.Model;
using AllyBot.EndToEnd.Tests.Infrastructure;
using AllyBot.FakeOpenAI;

namespace AllyBot.EndToEnd.Tests.DirectLine;

/// <summary>
/// The real host, in memory, with the fake Azure OpenAI server as its model: the model polishes every pitch
/// faithfully and streams its answer in small chunks (about three seconds for a pitch), so a client sees the
/// livestream grow.
/// </summary>
public sealed class GenerativeBotFixture : BotHostFixture, IAsyncLifetime
{
    private static readonly ContentLibrary Library = ContentLoader.Load();

    public FakeAzureOpenAIServer Model { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Model = await FakeAzureOpenAIServer.StartAsync();
        Model.Responder = r => PitchJson.Polish(r).Reply();
        Model.Latency = TimeSpan.FromMilliseconds(300);
        Model.ChunkDelay = TimeSpan.FromMilliseconds(25);
    }

    public async Task DisposeAsync() => await Model.DisposeAsync();

    protected override BotStore Store => BotStore.Memory;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AzureOpenAI:Endpoint"] = Model.Endpoint.ToString(),
        ["AzureOpenAI:Deployment"] = Model.Deployment,
        ["AzureOpenAI:ApiKey"] = Model.ApiKey,
        ["Generative:TimeoutSeconds"] = "15",
    };

    /// <summary>
    /// What a person types from the first question to the first ally's pitch, for the single-payer scenario of the
    /// library: a full plan, one question at a time (declining the offer to read a few sentences), the goal, the
    /// brainstorm naming the allies, "all", and the first ally's kind, stance, contact, ask, offer and self-interest.
    /// </summary>
    public static IReadOnlyList<string> ToFirstPitch()
    {
        string C(string step, string question, string choice) => Library.Step(step).Question(question).Choice(choice).Title;
        var s = Library.Scenario("single-payer");
        var names = s.Allies.Select(a => a.Name).ToList();
        var ally = s.Allies[0];
        var matched = new AudienceMatcher(Library).Best(ally.Name) is { } best && best.AudienceId == ally.AudienceId;
        return
        [
            C("welcome", "start", "full-plan"), s.UserRole, C("generative", "intake-offer", "questions"),
            s.Goal.Statement, s.Goal.Issue, s.Goal.Solution, s.Goal.NotTheIssue!,
            $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}", "not sure", C("allies", "pick-allies", "all"),
            .. matched ? [] : new[] { "no", Library.Audience(ally.AudienceId).Name },
            C("allies", "stance", ally.Stance.ToId()),
            $"{ally.ContactName}, {ally.ContactRole}", ally.Ask, ally.Offer, ally.SelfInterest,
        ];
    }
}
