using System.Collections.Concurrent;
using System.Net;
using AllyBot.Bot.Channels.DirectLine;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Tests.Limits;

/// <summary>
/// Starting conversations while the store is full, from many threads at once, while others read and write
/// feeds: every call succeeds and the store never holds more than its capacity.
/// </summary>
public sealed class DirectLineCapacityConcurrencyTests
{
    [Fact]
    public async Task Store_ParallelStartsAtCapacity_NoErrors()
    {
        const int capacity = 200;
        var store = new InMemoryDirectLineConversationStore(TimeProvider.System, Options.Create(new DirectLineOptions { MaxConversations = capacity }));
        for (var i = 0; i < capacity; i++)
            await store.StartAsync(Conversation($"full-{i}"), default);
        var errors = new ConcurrentQueue<Exception>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 20_000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            try
            {
                var (conversation, _) = await store.StartAsync(Conversation($"p-{i}"), ct);
                await store.AppendAsync(conversation.Id, new Activity { Type = ActivityTypes.Message, Text = "hi" }, ct);
                await store.FindAsync($"p-{i - 7}", ct);
                await store.GetActivitiesAsync($"p-{i - 3}", null, ct);
                store.Subscribe($"p-{i - 1}")?.Dispose();
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        });

        Assert.Empty(errors);
        Assert.InRange(store.Count, 1, capacity);
    }

    [Fact]
    public async Task Http_ParallelStartsAtCapacity_No500()
    {
        await using var host = await EdgeHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "20" });
        var statuses = new ConcurrentBag<HttpStatusCode>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, _) =>
        {
            using var response = await host.PostDirectLineAsync("/v3/directline/conversations", "{}"u8.ToArray());
            statuses.Add(response.StatusCode);
        });

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Created, status));
        // (A welcome turn may find its conversation already evicted by 20 newer ones: the turn fails, the request does not.)
        Assert.Empty(host.ServerErrors());
        Assert.InRange(((InMemoryDirectLineConversationStore)host.Services.GetRequiredService<IDirectLineConversationStore>()).Count, 1, 20);
    }

    private static DirectLineConversation Conversation(string id) => new(id, "dl_user", null, AllyBot.Builder.Schema.Channels.Directline, null);
}
