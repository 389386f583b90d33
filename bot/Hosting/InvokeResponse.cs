namespace AllyBot.Bot.Hosting;

/// <summary>
/// The synchronous answer to an <c>invoke</c> activity: the HTTP status and JSON body the channel gets
/// (SDK: <c>InvokeResponse</c>). A bot answers an invoke either by sending an activity of type
/// <c>invokeResponse</c> whose <c>value</c> is <c>{ status, body }</c> (the SDK way, usable from code that
/// does not reference the host), or by putting an <see cref="InvokeResponse"/> into the turn state under
/// <see cref="ChannelAdapterBase.InvokeResponseKey"/>. No answer gives 501.
/// </summary>
public sealed class InvokeResponse
{
    public InvokeResponse() { }

    public InvokeResponse(int status, object? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; set; }

    public object? Body { get; set; }
}
