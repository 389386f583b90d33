using AllyBot.Content.Generative;
using AllyBot.Content.Generative.Intake;
using AllyBot.FakeOpenAI;

namespace AllyBot.Bot.Tests.Generative;

/// <summary>Free-form intake through the fake model: what the person wrote is kept, what the model made up is dropped.</summary>
public sealed class IntakeExtractorTests : IAsyncLifetime
{
    private GenerativeRig _rig = null!;
    private IntakeExtractor _intake = null!;

    public async Task InitializeAsync()
    {
        _rig = await GenerativeRig.StartAsync();
        _intake = new IntakeExtractor(GenerativeRig.Library, _rig.Caller);
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private static FakeReply Extraction(string? goal, string? problem, string? solution, params object[] allies) =>
        FakeReply.Json(new Dictionary<string, object?> { ["goal"] = goal, ["problem"] = problem, ["solution"] = solution, ["allies"] = allies });

    private static object Ally(string name, string? kind, string? contact = null, string? ask = null, string? offer = null) =>
        new Dictionary<string, object?> { ["name"] = name, ["kind"] = kind, ["contact"] = contact, ["ask"] = ask, ["offer"] = offer };

    public static TheoryData<string, string, string> Paragraphs => new()
    {
        {
            "We're med students at Riverside and we want single-payer health insurance for everyone in our state. Our clinic patients keep putting off care because they can't afford it. "
            + "I think the county nurses' union would help, their president is Dana Whitfield, and we'd ask them to send members to testify at the hearing. We could write testimony with them.",
            "the county nurses' union", "labor-unions"
        },
        {
            "our health dept wants to cut overdose deaths in the county. families who lost someone keep telling us nobody listened. we want to work with Pastor Lee at Mount Zion church "
            + "to host a naloxone training in the church hall, and we can bring trainers and free kits",
            "Pastor Lee at Mount Zion church", "faith-communities"
        },
        {
            "Tenants on the east side have mold and asthma and the landlord ignores them. I'm an organizer; the goal is a city inspection schedule. The tenant union could bring a delegation "
            + "to the council, and in return we'd give them data on asthma visits from the clinic.",
            "The tenant union", "community-organizers"
        },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public async Task FaithfulExtraction_FillsThePlan(string paragraph, string allyName, string kind)
    {
        var sentence = paragraph.Split('.', StringSplitOptions.TrimEntries)[0];
        _rig.Model.Enqueue(Extraction(sentence, null, null, Ally(allyName, kind)));

        var result = await _intake.ExtractAsync(paragraph);

        Assert.Null(result.Fallback);
        Assert.Equal(sentence, result.Goal);
        var ally = Assert.Single(result.Allies);
        Assert.Equal(allyName, ally.Name);
        Assert.Equal(kind, ally.AudienceId);
        Assert.Empty(result.Dropped);
        Assert.Equal(paragraph, _rig.Model.Requests.Single().Data.GetProperty("paragraph").GetString());
    }

    [Fact]
    public async Task InventedValues_AreDropped()
    {
        var paragraph = (string)Paragraphs.First()[0];
        _rig.Model.Enqueue(Extraction(
            "Single-payer health insurance for everyone in our state",
            "Hospitals are closing across the region",
            null,
            Ally("the county nurses' union", "unions-of-nurses", contact: "Dana Whitfield", ask: "send members to testify at the hearing", offer: "a $5,000 donation"),
            Ally("the governor", "elected-officials")));

        var result = await _intake.ExtractAsync(paragraph);

        Assert.Equal("Single-payer health insurance for everyone in our state", result.Goal);
        Assert.Null(result.Problem);
        var ally = Assert.Single(result.Allies);
        Assert.Null(ally.AudienceId);
        Assert.Equal("Dana Whitfield", ally.Contact);
        Assert.Equal("send members to testify at the hearing", ally.Ask);
        Assert.Null(ally.Offer);
        Assert.Equal(["allies[0].kind", "allies[0].offer", "allies[1].name", "problem"], result.Dropped);
    }

    [Fact]
    public async Task ModelDown_FillsNothing_SoTheJourneyAsksQuestionByQuestion()
    {
        _rig.Model.Enqueue(FakeReply.ServerError());

        var result = await _intake.ExtractAsync("We want safer streets near the school.");

        Assert.True(result.IsEmpty);
        Assert.Equal(FallbackReason.ServiceError, result.Fallback);
    }

    [Fact]
    public async Task Schema_AllowsOnlyLibraryAudienceIds()
    {
        _rig.Model.Enqueue(Extraction(null, null, null));

        await _intake.ExtractAsync("We want safer streets near the school.");

        var kind = _rig.Model.Requests.Single().Schema!.Value.GetProperty("properties").GetProperty("allies").GetProperty("items").GetProperty("properties").GetProperty("kind");
        var ids = kind.GetProperty("enum").EnumerateArray().Select(e => e.ValueKind == System.Text.Json.JsonValueKind.Null ? null : e.GetString()).ToList();
        Assert.Equal(GenerativeRig.Library.Audiences.Keys.Order(StringComparer.Ordinal).Cast<string?>().Append(null), ids);
    }
}
