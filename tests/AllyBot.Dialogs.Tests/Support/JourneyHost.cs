using System.Text.Json;
using AllyBot.Builder;
using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;
using AllyBot.Content.Loading;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Hosting;
using AllyBot.Dialogs.Plan;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Dialogs.Tests.Support;

/// <summary>
/// One running bot over a storage, wired exactly as the host wires it (AddAllyBotDialogs), talking through a
/// TestAdapter. A new JourneyHost over the same storage is a restart: new services, new dialogs, nothing in
/// memory but what the store kept.
/// </summary>
internal sealed class JourneyHost : IDisposable
{
    public static readonly ContentLibrary Library = ContentLoader.Load();

    public static readonly AllyBot.Content.Matching.AudienceMatcher Matcher = new(Library);

    private readonly ServiceProvider _services;

    public JourneyHost(IStorage storage, string channelId = Channels.Test, bool isGroup = false, string user = "user1", string conversation = "convo1", FakeTimeProvider? time = null, string? userName = null, ContentLibrary? library = null, bool cardForms = false, Action<IServiceCollection>? configure = null)
    {
        Storage = storage;
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton(storage);
        services.AddSingleton(library ?? Library);
        services.AddSingleton<TimeProvider>(Time);
        configure?.Invoke(services);
        services.AddAllyBotDialogs();
        _services = services.BuildServiceProvider();
        Bot = _services.GetRequiredService<IBot>();
        var reference = TestAdapter.CreateConversation(channelId, user);
        reference.User = new ChannelAccount(user, userName ?? user, RoleTypes.User);
        reference.Conversation = new ConversationAccount(conversation, "Conversation", isGroup: isGroup);
        Adapter = new TestAdapter(reference, timeProvider: Time)
        {
            Capabilities = cardForms ? ChannelCapabilities.CardInputs : ChannelCapabilities.TextOnly,
        };
    }

    public IStorage Storage { get; }

    public FakeTimeProvider Time { get; }

    public IBot Bot { get; }

    public TestAdapter Adapter { get; }

    public T Service<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>The user says <paramref name="text"/>; returns every reply of the turn.</summary>
    public Task<List<Activity>> SayAsync(string text) => SendAsync(Adapter.MakeActivity(text));

    /// <summary>A card button press: <c>value = {"choice": choice}</c>, no text (or, as Teams delivers it after CardSubmitMiddleware, the choice as the text too).</summary>
    public Task<List<Activity>> SubmitAsync(string choice, bool textToo = false)
    {
        var activity = Adapter.MakeActivity(textToo ? choice : null);
        activity.Value = JsonSerializer.SerializeToElement(new { choice }, BuilderJson.Options);
        return SendAsync(activity);
    }

    /// <summary>A card form submitted: <c>value = {"allybot.form": id, "allybot.&lt;question&gt;": …}</c>, no text; values by question id.</summary>
    public Task<List<Activity>> SubmitFormAsync(string formId, IReadOnlyDictionary<string, string> values)
    {
        var data = values.ToDictionary(v => AllyBot.Dialogs.Presentation.FormCard.InputPrefix + v.Key, v => v.Value);
        data[AllyBot.Dialogs.Presentation.FormCard.FormIdField] = formId;
        var activity = Adapter.MakeActivity();
        activity.Value = JsonSerializer.SerializeToElement(data, BuilderJson.Options);
        return SendAsync(activity);
    }

    public Task<List<Activity>> JoinAsync() => SendAsync(Adapter.MakeConversationUpdate());

    public async Task<List<Activity>> SendAsync(Activity activity)
    {
        // The wire carries JSON: send what a channel would deliver, not the object we built.
        var delivered = BuilderJson.Deserialize<Activity>(BuilderJson.Serialize(activity))!;
        await Adapter.ProcessActivityAsync(delivered, Bot.OnTurnAsync);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is { } reply)
            replies.Add(BuilderJson.Deserialize<Activity>(BuilderJson.Serialize(reply))!);
        return replies;
    }

    /// <summary>The user's record as the store holds it now (read from storage, not from memory).</summary>
    public async Task<JourneyRecord> RecordAsync()
    {
        var key = PlanScope.StorageKey(Adapter.MakeActivity());
        var items = await Storage.ReadAsync([key]);
        if (!items.TryGetValue(key, out var stored))
            return new JourneyRecord();
        var element = BuilderJson.Convert<JsonElement>(stored);
        return element.TryGetProperty("journey", out var journey)
            ? journey.Deserialize<JourneyRecord>(BuilderJson.Options)!
            : new JourneyRecord();
    }

    public async Task<Position?> CurrentAsync() => (await RecordAsync()).Progress.Current;

    public void Dispose() => _services.Dispose();
}
