using System.Diagnostics;
using AllyBot.Bot.Generative;
using AllyBot.Content.Drafting;
using AllyBot.Content.Generative;
using AllyBot.Content.Generative.Pitches;
using AllyBot.Content.Loading;
using AllyBot.Content.Model;
using AllyBot.FakeOpenAI;
using Microsoft.Extensions.Logging.Abstractions;

// Generative pitch bench: the polished pitch through the real Azure OpenAI client against the fake server at
// fixed model latencies. Prints the latency the polish adds over the template drafter (p50/p99) and the tokens
// a pitch uses (from the fake's usage field: prompt characters / 4, OpenAI's rule of thumb; the completion is
// a faithful polish of the template, so its size is a real pitch's).
var rounds = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 30;
var library = ContentLoader.Load();
var template = new TemplatePitchDrafter(library);
var requests = library.Scenarios.Values.SelectMany(s => s.Allies.Select(a => new PitchRequest(
    new GoalInfo(s.Goal.Statement, s.Goal.Issue, s.Goal.Solution, s.Goal.NotTheIssue),
    new AllyInfo(a.Name, a.AudienceId, a.Stance, a.SelfInterest, a.Ask, a.Offer, a.ContactName, a.ContactRole),
    PitchAngle.CommonValues, s.UserRole))).ToList();

await using var model = await FakeAzureOpenAIServer.StartAsync();
model.Responder = r => PitchJson.Polish(r).Reply();
var options = new GenerativeOptions { TimeoutSeconds = 8, UserCallLimit = 0 };
using var chat = ModelChatClientFactory.Create(new ModelEndpoint(ModelEndpoint.Vendor.AzureOpenAI, model.Endpoint, model.Deployment, model.ApiKey), NullLoggerFactory.Instance);
var caller = new GenerativeCaller(chat, options, new UserCallLimiter(options, TimeProvider.System), TimeProvider.System, NullLogger<GenerativeCaller>.Instance);
var drafter = new GenerativePitchDrafter(template, caller, library);

var templateTimes = await Measure(rounds, i => { template.Draft(requests[Math.Abs(i) % requests.Count]); return Task.CompletedTask; });
Console.WriteLine($"Template drafter: p50 {P(templateTimes, 50):F2} ms, p99 {P(templateTimes, 99):F2} ms ({rounds} pitches)");
Console.WriteLine();
Console.WriteLine("| model latency | added p50 | added p99 | polished | stream first text p50 |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var latency in new[] { 0, 250, 1000, 2000 })
{
    model.Latency = TimeSpan.FromMilliseconds(latency);
    var polished = 0;
    var times = await Measure(rounds, async i =>
    {
        var pitch = await drafter.DraftAsync(requests[Math.Abs(i) % requests.Count]);
        if (pitch.Fallback is null && i >= 0) polished++;
    });
    var firstText = new List<double>();
    await Measure(Math.Max(5, rounds / 3), async i =>
    {
        var watch = Stopwatch.StartNew();
        var seen = false;
        await drafter.DraftAsync(requests[Math.Abs(i) % requests.Count], PitchVariant.First, _ =>
        {
            if (!seen && i >= 0) { seen = true; firstText.Add(watch.Elapsed.TotalMilliseconds); }
        });
    });
    var added = times.Select(t => t - P(templateTimes, 50)).ToList();
    Console.WriteLine($"| {latency} ms | {P(added, 50):F0} ms | {P(added, 99):F0} ms | {polished}/{rounds} | {P(firstText, 50):F0} ms |");
}

var usage = model.Answered.ToArray();
Console.WriteLine();
Console.WriteLine($"Tokens per pitch over {usage.Length} calls ({requests.Count} allies of {library.Scenarios.Count} scenarios): "
    + $"prompt p50 {P(usage.Select(u => (double)u.Prompt).ToList(), 50):F0} (max {usage.Max(u => u.Prompt)}), "
    + $"completion p50 {P(usage.Select(u => (double)u.Completion).ToList(), 50):F0} (max {usage.Max(u => u.Completion)}), "
    + $"total p50 {P(usage.Select(u => (double)u.Prompt + u.Completion).ToList(), 50):F0}");

// One coaching answer and one intake call, for their prompt size.
model.Latency = TimeSpan.Zero;
while (model.Answered.TryDequeue(out _)) { }
model.Responder = _ => FakeReply.Json(new Dictionary<string, object> { ["answer"] = "Ask for a meeting with the pastor first.", ["sources"] = new[] { "amsa-creating-allies" } });
await new AllyBot.Content.Generative.Answers.CoachingAnswers(library, new AllyBot.Content.Matching.AudienceMatcher(library), caller).AnswerAsync("how do I approach a pastor?");
var answerTokens = model.Answered.ToArray().Single();
model.Responder = _ => FakeReply.Json(new Dictionary<string, object?> { ["goal"] = null, ["problem"] = null, ["solution"] = null, ["allies"] = Array.Empty<object>() });
const string Paragraph = "We're med students and we want single-payer health insurance for everyone in our state. The county nurses' union could send members to testify.";
await new AllyBot.Content.Generative.Intake.IntakeExtractor(library, caller).ExtractAsync(Paragraph);
var intakeTokens = model.Answered.ToArray()[^1];
Console.WriteLine($"Coaching answer prompt: {answerTokens.Prompt} tokens; intake prompt for a {Paragraph.Length}-character paragraph: {intakeTokens.Prompt} tokens");

return 0;

static async Task<List<double>> Measure(int count, Func<int, Task> run)
{
    await run(-1); // warm-up, not counted
    var times = new List<double>();
    for (var i = 0; i < count; i++)
    {
        var watch = Stopwatch.StartNew();
        await run(i);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    return times;
}

static double P(IReadOnlyList<double> values, int percentile)
{
    if (values.Count == 0) return 0;
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

