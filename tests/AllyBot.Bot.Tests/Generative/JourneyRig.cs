using System.Diagnostics;
using Activity = AllyBot.Builder.Schema.Activity;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder.Schema;
using AllyBot.Content.Generative.Pitches;
using AllyBot.Dialogs.Presentation;
using AllyBot.FakeOpenAI;

namespace AllyBot.Bot.Tests.Generative;

/// <summary>
/// The real host over HTTP (<c>/api/messages</c> with expectReplies) with the fake Azure OpenAI server configured,
/// for walking the coaching journey as a person does. Each conversation is one person (its own user id). By
/// default the model polishes every pitch faithfully (<see cref="PitchJson.Polish"/>).
/// </summary>
public sealed class JourneyRig : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private int _id;

    private JourneyRig(TempFolder folder, FakeAzureOpenAIServer model, BotHostFactory host, IReadOnlyDictionary<string, string?> settings)
    {
        _folder = folder;
        Model = model;
        Host = host;
        Settings = settings;
        Bot = new BotClient(host.StartAndCreateClient());
    }

    public FakeAzureOpenAIServer Model { get; }

    public BotHostFactory Host { get; }

    public BotClient Bot { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public double TimeoutSeconds => double.Parse(Settings["Generative:TimeoutSeconds"]!, System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<JourneyRig> StartAsync(params (string Key, string? Value)[] extra)
    {
        var model = await FakeAzureOpenAIServer.StartAsync();
        model.Responder = r => PitchJson.Polish(r).Reply();
        var settings = new Dictionary<string, string?>
        {
            ["AzureOpenAI:Endpoint"] = model.Endpoint.ToString(),
            ["AzureOpenAI:Deployment"] = model.Deployment,
            ["AzureOpenAI:ApiKey"] = model.ApiKey,
            ["Generative:TimeoutSeconds"] = "3",
        };
        foreach (var (key, value) in extra)
            settings[key] = value;
        var folder = new TempFolder();
        var host = new BotHostFactory(folder.File("journey.db"), settings);
        return new JourneyRig(folder, model, host, settings);
    }

    /// <summary>
    /// What the person types at the first ally's questions up to its pitch (the single-payer scenario, a full plan):
    /// the scenario's answers, with "one question at a time" where a model offers to read a few sentences instead.
    /// </summary>
    public static IReadOnlyList<string> ToFirstPitch()
    {
        var answers = WithModel(SinglePayerScript.Answers());
        var keep = JourneyText.Choice("pitches", "tweak", "keep");
        return answers.Take(answers.IndexOf(keep)).ToList();
    }

    /// <summary>A script of the question-by-question journey, for a host with a model: the intake offer (after the name) answered "one question at a time".</summary>
    public static List<string> WithModel(IReadOnlyList<string> answers) =>
        [.. answers.Take(2), JourneyText.Choice("generative", "intake-offer", "questions"), .. answers.Skip(2)];

    /// <summary>A person joins and answers every question up to the first ally's pitch review; the replies of the last turn (the pitch).</summary>
    public async Task<IReadOnlyList<Activity>> WalkToFirstPitchAsync(string conversation, IReadOnlyList<string>? answers = null)
    {
        await ExchangeAsync(Activities.UserJoined(conversation, id: $"join-{conversation}"), conversation);
        IReadOnlyList<Activity> replies = [];
        foreach (var answer in answers ?? ToFirstPitch())
            replies = await SayAsync(conversation, answer);
        return replies;
    }

    /// <summary>The person of <paramref name="conversation"/> says <paramref name="text"/>; the turn's replies.</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(string conversation, string text) =>
        ExchangeAsync(Activities.Message(conversation, text, id: $"m{Interlocked.Increment(ref _id)}"), conversation);

    /// <summary>As <see cref="SayAsync"/>, timed from the request to the answer.</summary>
    public async Task<(IReadOnlyList<Activity> Replies, TimeSpan Elapsed)> TimedSayAsync(string conversation, string text)
    {
        var watch = Stopwatch.StartNew();
        var replies = await SayAsync(conversation, text);
        return (replies, watch.Elapsed);
    }

    private Task<IReadOnlyList<Activity>> ExchangeAsync(Activity activity, string conversation)
    {
        activity.From = new ChannelAccount($"user-{conversation}", "Ada");
        return Bot.ExchangeAsync(activity);
    }

    /// <summary>The pitch messages of a turn (short and long, each with its allybot.pitch entity).</summary>
    public static (string? Short, string? Long) Pitches(IReadOnlyList<Activity> replies) =>
        (replies.LastOrDefault(r => PitchEntity.VersionOf(r) == PitchEntity.Short)?.Text,
         replies.LastOrDefault(r => PitchEntity.VersionOf(r) == PitchEntity.Long)?.Text);

    /// <summary>The button titles of the turn's last question.</summary>
    public static IReadOnlyList<string> Buttons(IReadOnlyList<Activity> replies) =>
        replies.LastOrDefault(r => r.SuggestedActions?.Actions is { Count: > 0 })?.SuggestedActions!.Actions.Select(a => a.Title ?? "").ToList() ?? [];

    public static string Transcript(IReadOnlyList<Activity> replies) =>
        string.Join("\n---\n", replies.Select(r => (PitchEntity.VersionOf(r) is { } v ? $"[pitch: {v}] " : "") + (r.Text ?? $"[{r.Type}]")));

    /// <summary>The template pitch the model was sent in its latest pitch request (what the person must see when the polish fails).</summary>
    public (string Short, string Long) LastTemplateSent()
    {
        var sent = Model.Requests.Last(r => r.SchemaName == PitchOutput.SchemaName).Data.GetProperty("template_pitch");
        return (sent.GetProperty("short").GetString()!, sent.GetProperty("long").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Model.DisposeAsync();
        _folder.Dispose();
    }
}
