using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Content.Generative.Intake;
using AllyBot.FakeOpenAI;
using Xunit.Abstractions;
using Activity = AllyBot.Builder.Schema.Activity;

namespace AllyBot.Bot.Tests.Generative;

/// <summary>
/// Free-form intake through the real journey over HTTP, with the fake model answering the extraction: three
/// paragraphs written as people write them (a student chapter, a health department, an organizer), each shown back
/// as a numbered list and confirmed (or corrected) in one turn; values the model made up are not shown and not
/// kept; then the journey asks only what the plan still lacks, through to the first pitch.
/// </summary>
public sealed class JourneyIntakeTests(ITestOutputHelper output) : IAsyncLifetime
{
    private JourneyRig _rig = null!;

    public async Task InitializeAsync() => _rig = await JourneyRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private sealed record Scenario(string Name, string Paragraph, object Extraction, string[] Shown, string[] NotShown);

    private static readonly Scenario StudentChapter = new(
        "Riverside AMSA chapter",
        "We're the Riverside AMSA chapter and we want our state to pass single-payer health insurance. Too many patients at our student-run clinic skip care because they can't pay. The county nurses' union could help us: Dana Whitfield is their president. We'd ask them to send members to testify at the state hearing, and in return we can research and write their members' testimony.",
        new
        {
            goal = "our state to pass single-payer health insurance",
            problem = "too many patients at our student-run clinic skip care because they can't pay",
            solution = "a ballot initiative in 2027",
            allies = new object[]
            {
                new { name = "the county nurses' union", kind = "labor-unions", contact = "Dana Whitfield, their president", ask = "send members to testify at the state hearing", offer = "research and write their members' testimony" },
                new { name = "the state medical society", kind = "professional-associations", contact = (string?)null, ask = (string?)null, offer = (string?)null },
            },
        },
        ["1. Goal: our state to pass single-payer health insurance", "3. Ally: the county nurses' union", $"4. Kind of group for the county nurses' union: {Audience("labor-unions")}",
         "5. Who to talk to at the county nurses' union: Dana Whitfield, their president", "6. What to ask the county nurses' union: send members to testify at the state hearing"],
        ["ballot initiative", "medical society", "Solution"]);

    private static readonly Scenario HealthDepartment = new(
        "Lakeview County health department",
        "I'm with the Lakeview County health department. We want naloxone in every public library branch, because overdose deaths in the county doubled last year and the libraries are open late. The library system's director, Maria Chen, would have to say yes. We'd ask for a shelf near the front desk, and we can train their staff for free.",
        new
        {
            goal = "naloxone in every public library branch",
            problem = "overdose deaths in the county doubled last year",
            solution = (string?)null,
            allies = new object[]
            {
                new { name = "the library system", kind = "community-service-organizations", contact = "Maria Chen, the library system's director", ask = "a shelf near the front desk", offer = "train their staff for free" },
            },
        },
        ["1. Goal: naloxone in every public library branch", "2. Problem: overdose deaths in the county doubled last year", "3. Ally: the library system",
         "5. Who to talk to at the library system: Maria Chen, the library system's director", "7. What to offer the library system: train their staff for free"],
        ["Solution"]);

    private static readonly Scenario Organizer = new(
        "Southside Tenants Together",
        "i organize with Southside Tenants Together. we want the city to fix the mold in public housing on our block, kids here keep ending up in the ER with asthma. Rev. James Carter at Greater Hope Baptist could host a town hall, his congregation is huge. we'd ask him to announce it from the pulpit and we can bring tenants to tell their stories.",
        new
        {
            goal = "the city to fix the mold in public housing on our block",
            problem = "kids here keep ending up in the ER with asthma",
            solution = (string?)null,
            allies = new object[]
            {
                new { name = "Greater Hope Baptist", kind = "faith-communities", contact = "Rev. James Carter", ask = "donate $500 to our campaign fund", offer = "bring tenants to tell their stories" },
            },
        },
        ["1. Goal: the city to fix the mold in public housing on our block", "3. Ally: Greater Hope Baptist", $"4. Kind of group for Greater Hope Baptist: {Audience("faith-communities")}",
         "5. Who to talk to at Greater Hope Baptist: Rev. James Carter", "6. What to offer Greater Hope Baptist: bring tenants to tell their stories"],
        ["donate", "$500"]);

    private static string Audience(string id) => JourneyText.Library.Audience(id).Name;

    private void Answer(Scenario scenario) => _rig.Model.Responder = r => r.SchemaName == IntakeOutput.SchemaName
        ? FakeReply.Json(scenario.Extraction)
        : PitchJson.Polish(r).Reply();

    /// <summary>Joins, picks a full plan, gives the name, chooses a few sentences and sends the paragraph: the turn that shows the list.</summary>
    private async Task<IReadOnlyList<Activity>> TellAsync(string conversation, Scenario scenario)
    {
        Answer(scenario);
        await _rig.WalkToFirstPitchAsync(conversation,
            [JourneyText.Choice("welcome", "start", "full-plan"), scenario.Name, JourneyText.Choice("generative", "intake-offer", "paragraph")]);
        return await _rig.SayAsync(conversation, scenario.Paragraph);
    }

    public static TheoryData<string> Scenarios => new() { "student chapter", "health department", "organizer" };

    private static Scenario Named(string name) => name switch
    {
        "student chapter" => StudentChapter,
        "health department" => HealthDepartment,
        _ => Organizer,
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Paragraph_IsShownAsANumberedList_WithoutWhatWasNotWritten_AndAYesConfirmsItInOneTurn(string name)
    {
        var scenario = Named(name);
        var listed = await TellAsync(name, scenario);
        var list = listed[^1].Text!;
        output.WriteLine(list);

        Assert.StartsWith(JourneyText.Text("generative", "intake-understood"), list);
        Assert.All(scenario.Shown, line => Assert.Contains(line, list));
        Assert.All(scenario.NotShown, words => Assert.DoesNotContain(words, list));
        Assert.EndsWith(JourneyText.Question("generative", "intake-confirm"), list);
        var sent = Assert.Single(_rig.Model.Requests);
        Assert.Equal(scenario.Paragraph, sent.Data.GetProperty("paragraph").GetString());

        var confirmed = await _rig.SayAsync(name, "yes");

        Assert.Contains(JourneyText.Text("generative", "intake-saved"), confirmed.Select(r => r.Text));
        Assert.Equal(JourneyText.Question("goal", "solution"), confirmed[^1].Text);
    }

    [Fact]
    public async Task ACorrection_IsMadeInTheSameTurn_AndKept()
    {
        await TellAsync("correct", HealthDepartment);

        var corrected = await _rig.SayAsync("correct", "change 2 to overdose deaths in the county doubled last year, mostly in people living alone");
        var plan = await _rig.SayAsync("correct", "plan");

        Assert.Contains(JourneyText.Text("generative", "intake-corrected"), corrected.Select(r => r.Text));
        Assert.Equal(JourneyText.Question("goal", "solution"), corrected[^1].Text);
        Assert.Contains(plan, r => (r.Summary ?? "").Contains("mostly in people living alone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_LeavesItAllOut_AndTheQuestionsBeginWithTheGoal()
    {
        await TellAsync("no", Organizer);

        var replies = await _rig.SayAsync("no", "no");

        Assert.Contains(JourneyText.Text("generative", "intake-discarded"), replies.Select(r => r.Text));
        Assert.Equal(JourneyText.Question("goal", "largest-goal"), replies[^1].Text);
    }

    [Fact]
    public async Task AfterAYes_OnlyWhatIsMissingIsAsked_ThroughToAPitchFromTheParagraph()
    {
        await TellAsync("missing", StudentChapter);
        var asked = new List<string>();
        var replies = await _rig.SayAsync("missing", "yes");
        var answers = new Dictionary<string, string>
        {
            ["solution"] = "A state resolution backing single payer",
            ["not-the-issue"] = "skip",
            ["opposition"] = "not sure",
            ["stance"] = JourneyText.Choice("allies", "stance", "passive-ally"),
            ["self-interest"] = "members' own health coverage is no longer a bargaining chip in every contract",
        };
        for (var turn = 0; turn < 12 && Asked(replies[^1]) is { } question && question != "tweak"; turn++)
        {
            asked.Add(question);
            Assert.True(answers.ContainsKey(question), $"Asked '{question}', which the paragraph answered or the test did not expect:\n{JourneyRig.Transcript(replies)}");
            replies = await _rig.SayAsync("missing", answers[question]);
        }
        output.WriteLine(JourneyRig.Transcript(replies));

        Assert.Equal(["solution", "not-the-issue", "opposition", "stance", "self-interest"], asked);
        var longVersion = JourneyRig.Pitches(replies).Long!;
        Assert.StartsWith("Dear Dana Whitfield,", longVersion);
        Assert.Contains("send members to testify at the state hearing", longVersion);
        Assert.Contains("research and write", longVersion);
    }

    private static readonly (string Step, string Id)[] Questions =
    [
        ("goal", "largest-goal"), ("goal", "issue"), ("goal", "solution"), ("goal", "not-the-issue"), ("allies", "could-help"), ("allies", "opposition"),
        ("allies", "ally-name"), ("allies", "stance"), ("contact", "best-contact"), ("exchange", "ask"), ("exchange", "offer"), ("exchange", "self-interest"),
        ("pitches", "tweak"),
    ];

    /// <summary>Which question the message asks (its library text up to the first placeholder starts it), or null.</summary>
    private static string? Asked(Activity reply) =>
        Questions.FirstOrDefault(q => (reply.Text ?? "").StartsWith(JourneyText.Question(q.Step, q.Id).Split('{')[0], StringComparison.Ordinal)).Id;
}
