using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AllyBot.Bot.Generative;
using AllyBot.Content.Generative;
using AllyBot.FakeOpenAI;

namespace AllyBot.Bot.Tests.Generative;

/// <summary>Results with their fallback reason, token counts and latency are metrics (no text in any tag).</summary>
public sealed class GenerativeMetricsTests : IAsyncLifetime, IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, string?> Tags)> _measured = new();
    private GenerativeRig _rig = null!;

    public GenerativeMetricsTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name is GenerativeMetrics.MeterName or ModelChatClientFactory.TelemetrySourceName)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    public async Task InitializeAsync() => _rig = await GenerativeRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task PolishedPitch_CountsModelResultAndTokens()
    {
        _rig.Model.Responder = r => PitchJson.Polish(r).Reply();

        await _rig.Drafter.DraftAsync(GenerativeRig.NursesUnion());

        var (prompt, completion) = Assert.Single(_rig.Model.Answered);
        Assert.Contains(_measured, m => m.Instrument == "allybot.generative.results" && m.Tags["result"] == "model" && m.Tags["feature"] == "pitch");
        Assert.Contains(_measured, m => m.Instrument == "allybot.generative.duration" && m.Value > 0);
        var tokens = _measured.Where(m => m.Instrument == "gen_ai.client.token.usage").ToList();
        Assert.Contains(tokens, m => m.Tags["gen_ai.token.type"] == "input" && m.Value == prompt);
        Assert.Contains(tokens, m => m.Tags["gen_ai.token.type"] == "output" && m.Value == completion);
        Assert.Contains(_measured, m => m.Instrument == "gen_ai.client.operation.duration");
    }

    [Fact]
    public async Task Fallback_IsCountedWithItsReason()
    {
        _rig.Model.Enqueue(FakeReply.ServerError());

        await _rig.Drafter.DraftAsync(GenerativeRig.NursesUnion());

        Assert.Contains(_measured, m => m.Instrument == "allybot.generative.results" && m.Tags["result"] == "service-error");
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>();
        foreach (var tag in tags)
            copy[tag.Key] = tag.Value?.ToString();
        _measured.Enqueue((instrument.Name, value, copy));
    }
}
