namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// Settings of the self-hosted Direct Line 3.0 endpoint (configuration section <c>DirectLine</c>).
/// Every default runs locally; a chapter's deployment sets at least <see cref="Secret"/> and <see cref="AllowedOrigins"/>.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret a chapter's server uses to mint tokens (<c>POST /v3/directline/tokens/generate</c>).
    /// Default: empty, which makes a random secret at every start — fine on one machine, useless to anyone else.
    /// Tokens are signed with a key derived from it. Never logged.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Origins (<c>https://chapter.example.org</c>) whose pages may call the endpoints from a browser and fetch a
    /// widget token. An entry may end in <c>:*</c> for any port. Default (unset): the bot's own origin plus
    /// <c>localhost</c> and <c>127.0.0.1</c> on any port. The bot's own origin is always allowed.
    /// </summary>
    public string[]? AllowedOrigins { get; set; }

    /// <summary>How long a token is valid; <c>tokens/refresh</c> starts it again. Default 1800 s, as the real service.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(1800);

    /// <summary>How long a stream URL may wait for its WebSocket to connect. Default 60 s, as the real service.</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often an idle stream sends an empty keep-alive frame and a WebSocket ping. Default 15 s.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Activities kept per conversation; older ones are dropped from the feed. Default 500.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>
    /// Memory one conversation's feed may use (its activities as stored JSON text, 2 bytes a character); the oldest
    /// activities drop out beyond it, the newest always stays. Watermarks keep counting, so a client asking from a
    /// dropped watermark gets what remains. Default 1 MiB.
    /// </summary>
    public long MaxFeedBytesPerConversation { get; set; } = 1024 * 1024;

    /// <summary>Memory all feeds together may use; beyond it the least recently used conversations are forgotten. Default 128 MiB.</summary>
    public long MaxTotalFeedBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>Conversations kept in memory at once; the least recently used go first. Default 10 000.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>A conversation nobody has touched (posted, read, refreshed) for this long is forgotten. Default 1 h.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Largest request body of any Direct Line call, in bytes: a posted activity as JSON, or the parameters of
    /// <c>tokens/generate</c> and <c>conversations</c>. Larger bodies get 413. Default 32 KiB: a typed message, a
    /// card's submitted values and Web Chat's channel data fit many times over.
    /// </summary>
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Longest <c>text</c> a client may post, in characters; longer gets 413. Default 8 000.</summary>
    public int MaxTextLength { get; set; } = 8_000;

    /// <summary>Largest <c>channelData</c> a client may post, in bytes of JSON; larger gets 413. Default 4 KiB (Web Chat sends ~100 bytes).</summary>
    public int MaxChannelDataBytes { get; set; } = 4 * 1024;

    /// <summary>
    /// How many tokens and conversations one client address may create in a burst (<c>tokens/generate</c>,
    /// <c>POST conversations</c>, <c>GET /api/directline/token</c>); callers holding the secret are not limited.
    /// Beyond it: 429 with Retry-After. Default 100 (a class of 50 opening the widget at once behind one address).
    /// </summary>
    public int CreationBurstPerClient { get; set; } = 100;

    /// <summary>How fast that allowance refills, per minute. Default 30.</summary>
    public int CreationsPerMinutePerClient { get; set; } = 30;

    /// <summary>Open WebSockets (stream URLs) one conversation may have at once; more get 429 before the upgrade. Default 4.</summary>
    public int MaxSocketsPerConversation { get; set; } = 4;

    /// <summary>The bot's account in Direct Line conversations (<c>from</c> of replies, <c>recipient</c> of user activities).</summary>
    public string BotId { get; set; } = "allybot";

    public string BotName { get; set; } = "AllyBot";

    /// <summary>
    /// The cookie that remembers an anonymous web visitor (their <c>dl_</c> user id, signed with a key derived
    /// from <see cref="Secret"/>), so a reload or a later visit continues the same person and plan.
    /// </summary>
    public DirectLineVisitorCookieOptions VisitorCookie { get; set; } = new();
}

/// <summary>Settings of the visitor cookie set by the widget token endpoint (<c>DirectLine:VisitorCookie</c>).</summary>
public sealed class DirectLineVisitorCookieOptions
{
    public string Name { get; set; } = "allybot_visitor";

    /// <summary>How long a browser keeps the cookie; every visit starts it again. Default 365 days (browsers cap it at 400).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary><c>Lax</c> (default) or <c>Strict</c>; the cookie is only ever read by same-site requests.</summary>
    public SameSiteMode SameSite { get; set; } = SameSiteMode.Lax;
}
