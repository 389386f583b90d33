using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AllyBot.Content.Generative;

/// What a feature makes of the model's text: the value to use, or why not (with the problems, for Debug logs).
public sealed record ModelCheck<T>(T? Value, FallbackReason? Failure, IReadOnlyList<string> Problems) where T : class
{
    public static ModelCheck<T> Accept(T value) => new(value, null, []);

    public static ModelCheck<T> Reject(FallbackReason reason, IReadOnlyList<string> problems) => new(null, reason, problems);
}

/// The outcome of one generative call: a checked value, or the reason the caller should use its own answer.
public sealed record ModelResult<T>(T? Value, FallbackReason? Failure) where T : class;

/// Makes one generative call within the rules every feature shares: the per-person limit, one budget of
/// Generative:TimeoutSeconds for the whole call, one retry of a 429 when the wait it asks for fits the budget,
/// a content-filter refusal told apart, and the feature's check of the answer. Never throws for a model
/// failure; only the caller's own cancellation propagates. Logs results without text at Information and the
/// check's problems (which may quote the plan) at Debug.
public sealed class GenerativeCaller(
    IChatClient chat, GenerativeOptions options, UserCallLimiter limiter, TimeProvider timeProvider, ILogger<GenerativeCaller> logger)
{
    /// The default wait before retrying a 429 that did not say how long to wait.
    public static readonly TimeSpan DefaultRetryWait = TimeSpan.FromSeconds(1);

    /// The most recent call's result ("model" or the fallback reason) and when it ended; for readiness checks.
    public (DateTimeOffset At, string Result)? LastResult { get; private set; }

    public async Task<ModelResult<T>> CallAsync<T>(
        ModelRequest request, Func<string, ModelCheck<T>> check, Action<string>? onText = null, CancellationToken cancellationToken = default)
        where T : class
    {
        var started = timeProvider.GetTimestamp();
        if (!limiter.TryTake(GenerativeCallerScope.Current))
        {
            return Finish<T>(request.Feature, started, FallbackReason.UserLimit, []);
        }
        using var budget = new CancellationTokenSource(options.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan wait;
            try
            {
                var (text, finish) = onText is null
                    ? await CompleteAsync(request, linked.Token)
                    : await StreamAsync(request, onText, linked.Token);
                if (finish == ChatFinishReason.ContentFilter)
                {
                    return Finish<T>(request.Feature, started, FallbackReason.ContentFilter, []);
                }
                var checkedText = check(text);
                return checkedText.Value is { } value
                    ? Finish(request.Feature, started, null, [], value)
                    : Finish<T>(request.Feature, started, checkedText.Failure ?? FallbackReason.FailedChecks, checkedText.Problems);
            }
            catch (ModelCallException e) when (e.Fault == ModelFault.RateLimited && attempt == 1 && FitsBudget(e.RetryAfter, started, out wait))
            {
                logger.LogInformation("Generative {Feature}: rate limited, retrying once after {WaitMs} ms", Name(request.Feature), (int)wait.TotalMilliseconds);
            }
            catch (ModelCallException e)
            {
                return Finish<T>(request.Feature, started, Reason(e.Fault), [e.Message]);
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return Finish<T>(request.Feature, started, FallbackReason.Timeout, []);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Finish<T>(request.Feature, started, FallbackReason.ServiceError, [e.GetType().Name + ": " + e.Message]);
            }
            try
            {
                await Task.Delay(wait, timeProvider, linked.Token);
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return Finish<T>(request.Feature, started, FallbackReason.Timeout, []);
            }
        }
    }

    private async Task<(string Text, ChatFinishReason? Finish)> CompleteAsync(ModelRequest request, CancellationToken cancellationToken)
    {
        var response = await chat.GetResponseAsync(request.Messages, request.Options.Clone(), cancellationToken);
        return (response.Text, response.FinishReason);
    }

    private async Task<(string Text, ChatFinishReason? Finish)> StreamAsync(ModelRequest request, Action<string> onText, CancellationToken cancellationToken)
    {
        var text = new System.Text.StringBuilder();
        ChatFinishReason? finish = null;
        await foreach (var update in chat.GetStreamingResponseAsync(request.Messages, request.Options.Clone(), cancellationToken))
        {
            finish = update.FinishReason ?? finish;
            if (update.Text is { Length: > 0 } piece)
            {
                text.Append(piece);
                onText(text.ToString());
            }
        }
        return (text.ToString(), finish);
    }

    /// A retry is worth it only when its wait leaves time for the call itself (at least a quarter of the budget).
    private bool FitsBudget(TimeSpan? retryAfter, long started, out TimeSpan wait)
    {
        wait = retryAfter is { } asked && asked > TimeSpan.Zero ? asked : DefaultRetryWait;
        var remaining = options.Timeout - timeProvider.GetElapsedTime(started);
        return wait + options.Timeout / 4 <= remaining;
    }

    private ModelResult<T> Finish<T>(GenerativeFeatures feature, long started, FallbackReason? failure, IReadOnlyList<string> problems, T? value = null)
        where T : class
    {
        var elapsed = timeProvider.GetElapsedTime(started);
        GenerativeMetrics.Record(feature, failure, elapsed);
        LastResult = (timeProvider.GetUtcNow(), failure?.ToId() ?? GenerativeMetrics.ModelResult);
        logger.LogInformation("Generative {Feature}: {Result} after {ElapsedMs} ms", Name(feature), failure?.ToId() ?? GenerativeMetrics.ModelResult, (int)elapsed.TotalMilliseconds);
        if (problems.Count > 0 && logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Generative {Feature} problems: {Problems}", Name(feature), string.Join(" | ", problems));
        }
        return new ModelResult<T>(value, failure);
    }

    private static FallbackReason Reason(ModelFault fault) => fault switch
    {
        ModelFault.RateLimited => FallbackReason.RateLimited,
        ModelFault.ContentFilter => FallbackReason.ContentFilter,
        _ => FallbackReason.ServiceError,
    };

    private static string Name(GenerativeFeatures feature) => feature.ToString().ToLowerInvariant();
}
