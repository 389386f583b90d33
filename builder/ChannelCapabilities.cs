using AllyBot.Builder.Schema;

namespace AllyBot.Builder;

/// <summary>
/// What the channel of a turn can show, decided at the edge: each adapter puts one in
/// <see cref="ITurnContext.TurnState"/> (<see cref="Set"/>) and dialogs read it (<see cref="Of"/>) instead of
/// looking at channel ids. Named after the SDK's <c>Channel.Supports…</c> helpers.
/// </summary>
public sealed record ChannelCapabilities(bool SupportsCardInputs)
{
    /// <summary>One question at a time, answered by typing or by a button (Slack, the console, SMS-like clients).</summary>
    public static readonly ChannelCapabilities TextOnly = new(SupportsCardInputs: false);

    /// <summary>Adaptive Card 1.5 forms (Input.Text, Input.ChoiceSet, Action.Submit) render and submit.</summary>
    public static readonly ChannelCapabilities CardInputs = new(SupportsCardInputs: true);

    private static readonly string TurnStateKey = typeof(ChannelCapabilities).FullName!;

    /// <summary>
    /// Whether a Bot Framework channel renders Adaptive Card inputs and sends their values back on submit
    /// (Teams, Web Chat, Direct Line, the Emulator); other channels get one question at a time.
    /// </summary>
    public static bool SupportsCardInputsOn(string? channelId) =>
        channelId is Channels.Msteams or Channels.Webchat or Channels.Directline or Channels.Emulator;

    /// <summary>The capabilities of a Bot Framework channel, by its id.</summary>
    public static ChannelCapabilities ForChannel(string? channelId) => SupportsCardInputsOn(channelId) ? CardInputs : TextOnly;

    /// <summary>What the adapter said this turn's channel can show; <see cref="TextOnly"/> when it said nothing.</summary>
    public static ChannelCapabilities Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<ChannelCapabilities>(TurnStateKey) ?? TextOnly;
    }

    /// <summary>Records what this turn's channel can show (adapters call this when a turn starts).</summary>
    public static void Set(ITurnContext turnContext, ChannelCapabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(capabilities);
        turnContext.TurnState.Set(TurnStateKey, capabilities);
    }
}
