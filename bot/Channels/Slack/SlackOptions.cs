namespace AllyBot.Bot.Channels.Slack;

/// <summary>The Slack edge's settings, bound from the <c>Slack</c> configuration section.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>
    /// The app's Signing Secret (Basic Information → App Credentials). Required: while it is empty every
    /// Slack endpoint answers 503 with a problem-details body, and nothing unsigned is ever accepted.
    /// </summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (<c>xoxb-…</c>, OAuth &amp; Permissions), sent as a Bearer token to the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>Base URL of Slack's Web API. Default <c>https://slack.com/api/</c>; tests point it at a local fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>
    /// The bot's own user id (<c>U…</c>), used to strip its mention from <c>app_mention</c> text. Optional:
    /// when empty it is looked up once with <c>auth.test</c>.
    /// </summary>
    public string? BotUserId { get; set; }

    /// <summary>The ephemeral answer a slash command gets at once, while the real replies follow in the DM.</summary>
    public string CommandAckText { get; set; } = "On it… I'll answer in our direct messages.";

    /// <summary>The ephemeral answer to a <c>/allybot</c> sub-command the bot does not know.</summary>
    public string CommandUsageText { get; set; } = "Try `/allybot start`, `/allybot plan`, `/allybot prep` or `/allybot help`.";

    /// <summary>
    /// What each <c>/allybot</c> sub-command sends into the bot as the user's message (anything typed after
    /// the sub-command is appended). Empty command text counts as <c>help</c>.
    /// </summary>
    public Dictionary<string, string> Commands { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["start"] = "start over",
        ["plan"] = "plan",
        ["prep"] = "prep",
        ["help"] = "help",
    };

    /// <summary>How many turns may wait for the background workers before new events get 503. Default 1000.</summary>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>
    /// How many workers run turns. Turns of one conversation always go to the same worker, so they run in
    /// arrival order; different conversations run in parallel. Default 4.
    /// </summary>
    public int Workers { get; set; } = 4;

    /// <summary>How many event ids are remembered to answer Slack's retries once. Default 10 000.</summary>
    public int DeduplicationCapacity { get; set; } = 10_000;

    /// <summary>How long an event id is remembered. Default 1 hour (Slack retries after about 1 and 5 minutes).</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many times a Web API call is retried after HTTP 429. Default 3.</summary>
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>The longest Retry-After honoured; a longer one fails the call. Default 30 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest request body accepted, in bytes (larger gets 413). Default 1 MiB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 1_048_576;

    public bool IsConfigured => !string.IsNullOrEmpty(SigningSecret);
}
