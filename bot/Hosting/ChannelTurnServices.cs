using AllyBot.Builder;
using AllyBot.Builder.State;
using Microsoft.Extensions.Options;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Hosting;

/// <summary>
/// What every <see cref="ChannelAdapterBase"/> needs, in one injectable bundle, so a channel adapter's
/// constructor stays one line and a new shared concern is added here rather than to every adapter.
/// </summary>
public sealed class ChannelTurnServices(
    IBot bot,
    IConversationTurnGate turnGate,
    IActivityDeduplicator deduplicator,
    TurnErrorHandler errorHandler,
    IEnumerable<IMiddleware> middleware,
    IOptions<BotHostOptions> options,
    IOptions<TurnCommitOptions> commitOptions,
    IStorage storage,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    public IBot Bot { get; } = bot;
    public IConversationTurnGate TurnGate { get; } = turnGate;
    public IActivityDeduplicator Deduplicator { get; } = deduplicator;
    public TurnErrorHandler ErrorHandler { get; } = errorHandler;

    /// <summary>
    /// Middleware run on every turn of every channel: the typing indicator first when
    /// <see cref="BotHostOptions.SendTypingIndicator"/> is on (so it covers everything after it), then every
    /// <see cref="IMiddleware"/> registered in DI, in registration order.
    /// </summary>
    public IReadOnlyList<IMiddleware> Middleware { get; } = TypingIndicator(options.Value, timeProvider).Concat(middleware).ToList();

    /// <summary>The bot's store: for the writes a turn leaves behind and for setting unreadable state aside.</summary>
    public IStorage Storage { get; } = storage;

    public TurnCommitOptions CommitOptions { get; } = commitOptions.Value;

    public TimeProvider TimeProvider { get; } = timeProvider;
    public ILoggerFactory LoggerFactory { get; } = loggerFactory;

    private static IEnumerable<IMiddleware> TypingIndicator(BotHostOptions options, TimeProvider timeProvider) => options.SendTypingIndicator
        ? [new ShowTypingMiddleware((int)options.TypingDelay.TotalMilliseconds, (int)options.TypingPeriod.TotalMilliseconds, timeProvider)]
        : [];
}
