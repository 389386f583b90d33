namespace AllyBot.Builder.Schema;

/// <summary>
/// The synchronous answer to an <c>invoke</c> activity: the channel edge returns <see cref="Status"/> as the HTTP
/// status and <see cref="Body"/> as the JSON body. A bot hands it over by sending an activity of type
/// <c>invokeResponse</c> whose <c>value</c> is this object (SDK: <c>InvokeResponse</c>).
/// </summary>
public sealed class InvokeResponse
{
    /// <summary>The key under which a channel edge keeps the turn's invoke response in <c>TurnState</c> (the SDK's name).</summary>
    public const string TurnStateKey = "BotFrameworkAdapter.InvokeResponse";

    public InvokeResponse() { }

    public InvokeResponse(int status, object? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; set; }

    public object? Body { get; set; }
}
