using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Builder.Tests.State;

/// <summary>The storage contract under concurrent writers: ETag races have one winner, retries lose no update.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task WriteAsync_TwentyConcurrentWritersWithSameETag_ExactlyOneWins()
    {
        var key = Key("race");
        await WriteAsync(key, new Item { Name = "v0" });
        var eTag = await ETagOfAsync(key);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writers = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await WriteAsync(key, new Item { ETag = eTag, Name = $"writer {i}", Count = i });
                return i;
            }
            catch (ETagConflictException)
            {
                return -1;
            }
        })).ToArray();
        start.SetResult();
        var results = await Task.WhenAll(writers);

        var winner = Assert.Single(results, r => r >= 0);
        Assert.Equal(19, results.Count(r => r == -1));
        Assert.Equal($"writer {winner}", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_ConcurrentReadModifyWriteWithRetry_LosesNoIncrement()
    {
        var key = Key("counter");
        await WriteAsync(key, new Item { Count = 0 });
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            for (var n = 0; n < 5; n++)
            {
                while (true)
                {
                    var item = BuilderJson.Convert<Item>((await ReadOneAsync(key))!.Value)!;
                    item.Count++;
                    try
                    {
                        await WriteAsync(key, item);
                        break;
                    }
                    catch (ETagConflictException)
                    {
                        // Someone else won this round: re-read and try again.
                    }
                }
            }
        })).ToArray();
        start.SetResult();
        await Task.WhenAll(workers);

        Assert.Equal(40, (await ReadOneAsync(key))!.Value.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task WriteAsync_ConcurrentStarWriters_LastOneStoredIntact()
    {
        var key = Key("stars");
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writers = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await start.Task;
            await WriteAsync(key, new Item { ETag = "*", Name = $"writer {i}", Count = i });
        })).ToArray();
        start.SetResult();
        await Task.WhenAll(writers);

        var item = BuilderJson.Convert<Item>((await ReadOneAsync(key))!.Value)!;
        Assert.Equal($"writer {item.Count}", item.Name);
    }
}
