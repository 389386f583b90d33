using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// Knows the bot's own Slack user id (to strip its mention and ignore its own messages): from
/// <see cref="SlackOptions.BotUserId"/>, else from an event's bot authorization, else from <c>auth.test</c>
/// (asked once; after a failure, again at most once a minute).
/// </summary>
public sealed partial class SlackBotIdentity(
    IOptionsMonitor<SlackOptions> options,
    SlackWebApiClient client,
    TimeProvider timeProvider,
    ILogger<SlackBotIdentity> logger)
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _lookup = new(1, 1);
    private string? _learned;
    private DateTimeOffset _lastFailure = DateTimeOffset.MinValue;

    /// <summary>The id when known without a network call (configuration or an earlier lookup), else null.</summary>
    public string? Known => options.CurrentValue.BotUserId is { Length: > 0 } configured ? configured : Volatile.Read(ref _learned);

    /// <summary>Remembers the id an event's authorizations stated.</summary>
    public void Learn(string? botUserId)
    {
        if (!string.IsNullOrEmpty(botUserId))
            Volatile.Write(ref _learned, botUserId);
    }

    public async ValueTask<string?> GetAsync(CancellationToken cancellationToken)
    {
        if (Known is { } known)
            return known;
        await _lookup.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Known is { } learned)
                return learned;
            if (timeProvider.GetUtcNow() - _lastFailure < RetryAfterFailure)
                return null;
            try
            {
                var me = await client.AuthTestAsync(cancellationToken).ConfigureAwait(false);
                Learn(me.UserId);
                return me.UserId;
            }
            catch (Exception exception) when (exception is SlackApiException or HttpRequestException)
            {
                _lastFailure = timeProvider.GetUtcNow();
                LogLookupFailed(exception);
                return null;
            }
        }
        finally
        {
            _lookup.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not learn the bot's Slack user id with auth.test; set Slack:BotUserId to skip the lookup")]
    private partial void LogLookupFailed(Exception exception);
}
