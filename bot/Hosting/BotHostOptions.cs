namespace AllyBot.Bot.Hosting;

/// <summary>How the host runs turns, whatever the channel. Bound from the <c>BotHost</c> configuration section.</summary>
public sealed class BotHostOptions
{
    public const string SectionName = "BotHost";

    /// <summary>The customary local address of a Bot Framework bot (the Emulator's and the Playground's default).</summary>
    public const string DefaultListenUrl = "http://localhost:3978";

    /// <summary>
    /// Where the web host listens when no address is configured otherwise (<c>--urls</c>, <c>ASPNETCORE_URLS</c>,
    /// <c>ASPNETCORE_HTTP_PORTS</c>, <c>Kestrel:Endpoints</c> all take precedence). Default <c>http://localhost:3978</c>.
    /// </summary>
    public string DefaultUrl { get; set; } = DefaultListenUrl;

    /// <summary>
    /// The largest request body an HTTP channel edge accepts, in bytes; larger requests get 413 without being
    /// buffered. Default 262144 (256 KB): Teams caps a message at about 100 KB, so this leaves headroom for
    /// cards and channel data.
    /// </summary>
    public int MaxRequestBodyBytes { get; set; } = 262_144;

    /// <summary>The web server's connection limits (section <c>BotHost:Limits</c>), so slow or idle clients cannot hold the host open.</summary>
    public BotHostLimits Limits { get; set; } = new();

    /// <summary>
    /// Send a <c>typing</c> activity when a message turn takes longer than <see cref="TypingDelay"/>.
    /// Default false. Never sent for <c>expectReplies</c> turns (the caller gets every reply at once anyway).
    /// </summary>
    public bool SendTypingIndicator { get; set; }

    /// <summary>How long a message turn may run before the first typing indicator. Default 0.5 s.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the typing indicator repeats while the turn runs. Default 2 s (channels show it for 3 s).</summary>
    public TimeSpan TypingPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long an inbound activity id is remembered so a retried delivery is processed once. Default 10 min:
    /// Teams retries after 15 s, Slack after 3 s, 1 min and 5 min.
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// What the user is told when a turn fails. Default: an apology that says their answers so far are kept
    /// and how to go on. (Host wording, not coaching content.)
    /// </summary>
    public string TurnErrorMessage { get; set; } =
        "Sorry, something went wrong on my side. Everything you told me before this message is saved. "
        + "Please send your last message again, or type \"help\".";
}

/// <summary>
/// What one client may hold of the web server (Kestrel), bound from <c>BotHost:Limits</c>. The defaults suit one
/// small instance serving a chapter: thousands of people a day, a few hundred at once.
/// </summary>
public sealed class BotHostLimits
{
    /// <summary>Open connections at once; more are refused at accept. Default 1000.</summary>
    public long MaxConcurrentConnections { get; set; } = 1000;

    /// <summary>Open WebSockets (Direct Line streams) at once, counted within <see cref="MaxConcurrentConnections"/>. Default 500.</summary>
    public long MaxConcurrentUpgradedConnections { get; set; } = 500;

    /// <summary>How long a client may take to send a request's headers; then the connection is closed (408). Default 10 s.</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an idle kept-alive connection stays open between requests. Default 60 s.</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The slowest a request body may arrive, in bytes per second, once <see cref="MinRequestBodyGracePeriod"/> has passed; slower gets 408. 0 turns the check off. Default 240.</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>How long a body may start slowly before <see cref="MinRequestBodyBytesPerSecond"/> applies. More than 1 s. Default 5 s.</summary>
    public TimeSpan MinRequestBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long reading one request body may take in all; then the connection is dropped. Complements the data rate,
    /// which Kestrel averages from the start, so a client that sends a burst and then stalls would otherwise be waited
    /// for (bytes sent / rate) seconds. Default 20 s.
    /// </summary>
    public TimeSpan RequestBodyTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>All request headers together, in bytes; larger gets 431. Default 32 KiB.</summary>
    public int MaxRequestHeadersTotalSize { get; set; } = 32 * 1024;

    /// <summary>Request headers per request; more gets 431. Default 100.</summary>
    public int MaxRequestHeaderCount { get; set; } = 100;
}
