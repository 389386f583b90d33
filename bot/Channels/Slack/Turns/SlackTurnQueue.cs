using System.Threading.Channels;
using AllyBot.Bot.Channels.Slack.Inbound;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.Slack.Turns;

/// <summary>
/// The bounded hand-off between the Slack endpoints (which must answer within 3 s) and the workers that run
/// the turns. One channel per worker; a request goes to the lane its <see cref="SlackInbound.OrderingKey"/>
/// hashes to, so one conversation's turns are taken in arrival order while other conversations proceed.
/// </summary>
public sealed class SlackTurnQueue
{
    private readonly Channel<SlackInbound>[] _lanes;

    public SlackTurnQueue(IOptions<SlackOptions> options)
    {
        var settings = options.Value;
        var perLane = Math.Max(1, settings.QueueCapacity / Math.Max(1, settings.Workers));
        _lanes = Enumerable.Range(0, Math.Max(1, settings.Workers))
            .Select(_ => Channel.CreateBounded<SlackInbound>(new BoundedChannelOptions(perLane)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            }))
            .ToArray();
    }

    public int LaneCount => _lanes.Length;

    /// <summary>Queues the request; false when its lane is full (the caller answers 503 so Slack retries later).</summary>
    public bool TryEnqueue(SlackInbound request) => _lanes[LaneOf(request.OrderingKey)].Writer.TryWrite(request);

    public ChannelReader<SlackInbound> Lane(int index) => _lanes[index].Reader;

    /// <summary>Stops taking requests; the workers drain what is queued.</summary>
    public void Complete()
    {
        foreach (var lane in _lanes)
            lane.Writer.TryComplete();
    }

    // FNV-1a: cheap, and the same key always lands in the same lane.
    private int LaneOf(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
            hash = (hash ^ c) * 16777619u;
        return (int)(hash % (uint)_lanes.Length);
    }
}
