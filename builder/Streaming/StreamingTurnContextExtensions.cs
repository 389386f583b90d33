namespace AllyBot.Builder.Streaming;

/// <summary>How a dialog gets the turn's <see cref="IStreamingResponse"/>, and how a channel edge says what kind it makes.</summary>
public static class StreamingTurnContextExtensions
{
    private const string FactoryKey = "AllyBot.Builder.Streaming.StreamingResponseFactory";
    private const string CurrentKey = "AllyBot.Builder.Streaming.StreamingResponse";

    /// <summary>
    /// The turn's stream: the one in progress, or a new one from the factory the channel edge set
    /// (<see cref="UseStreamingResponses"/>); a <see cref="BufferedStreamingResponse"/> (informative update as a
    /// message, then the final message) when the edge set none. After a stream ended, the next call starts another.
    /// </summary>
    public static IStreamingResponse StreamingResponse(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var current = turnContext.TurnState.Get<IStreamingResponse>(CurrentKey);
        if (current is { IsEnded: false })
            return current;
        (current as IDisposable)?.Dispose();
        var factory = turnContext.TurnState.Get<Func<ITurnContext, IStreamingResponse>>(FactoryKey);
        var created = factory?.Invoke(turnContext) ?? new BufferedStreamingResponse(turnContext);
        turnContext.TurnState.Set(CurrentKey, created);
        return created;
    }

    /// <summary>For channel edges: this turn's streams come from <paramref name="factory"/>.</summary>
    public static void UseStreamingResponses(this ITurnContext turnContext, Func<ITurnContext, IStreamingResponse> factory)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(factory);
        turnContext.TurnState.Set(FactoryKey, factory);
    }
}
