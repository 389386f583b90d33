using AllyBot.Bot.Hosting;
using AllyBot.Builder;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.Console;

/// <summary>The console channel's adapter: every reply is rendered to the terminal as soon as the bot sends it.</summary>
public sealed class ConsoleAdapter(ChannelTurnServices services, ConsoleRenderer renderer) : ChannelAdapterBase(services)
{
    private int _sent;

    /// <summary>Where this session's replies are printed (streamed replies print there as they arrive).</summary>
    public ConsoleRenderer Renderer => renderer;

    /// <summary>A terminal asks one question at a time.</summary>
    protected override ChannelCapabilities CapabilitiesFor(Activity activity) => ChannelCapabilities.TextOnly;

    protected override async Task<ResourceResponse> SendActivityToChannelAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        await renderer.RenderAsync(activity, cancellationToken);
        return new ResourceResponse($"console-{Interlocked.Increment(ref _sent)}");
    }
}
