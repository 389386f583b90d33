using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AllyBot.Content.Generative;

/// What the generative features count (meter "AllyBot.Generative"), no text ever attached:
/// allybot.generative.results{feature, result}: one per call; result "model" when the model's answer was
/// used, else the fallback reason (timeout, rate-limited, content-filter, service-error, unreadable-output,
/// failed-checks, user-limit). allybot.generative.duration{feature, result}: seconds the person waited,
/// retries and checks included. Token counts and the model's own latency come from the chat client's
/// OpenTelemetry instrumentation (gen_ai.client.token.usage, gen_ai.client.operation.duration).
public static class GenerativeMetrics
{
    public const string MeterName = "AllyBot.Generative";
    public const string ModelResult = "model";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Results = Meter.CreateCounter<long>("allybot.generative.results", description: "Generative calls by feature and result (model, or why the library answer was used).");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("allybot.generative.duration", unit: "s", description: "Time from asking to a checked answer or a fallback.");

    public static void Record(GenerativeFeatures feature, FallbackReason? fallback, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "feature", feature.ToString().ToLowerInvariant() },
            { "result", fallback?.ToId() ?? ModelResult },
        };
        Results.Add(1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
    }
}
