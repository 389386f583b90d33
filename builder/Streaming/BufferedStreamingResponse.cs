using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Streaming;

/// <summary>
/// The stream of a channel that cannot show a reply while it is written: text chunks are kept, and only the final
/// message is sent. With <c>informativeAsMessage</c> (the default for channels the edge said nothing about), the
/// first informative update is sent at once as an ordinary message, so the person sees that the bot is working
/// ("Drafting…", then the final text); without it (Teams group chats and channels) nothing comes before the final
/// message.
/// </summary>
public sealed class BufferedStreamingResponse(ITurnContext turnContext, bool informativeAsMessage = true) : IStreamingResponse
{
    private readonly Lock _gate = new();
    private readonly System.Text.StringBuilder _message = new();
    private Task<ResourceResponse?>? _informative;
    private bool _ended;

    public bool IsStreamingChannel => false;

    public string Message
    {
        get { lock (_gate) return _message.ToString(); }
    }

    public bool IsEnded
    {
        get { lock (_gate) return _ended; }
    }

    public void QueueInformativeUpdate(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        lock (_gate)
        {
            ThrowIfEnded();
            if (!informativeAsMessage || _informative is not null)
                return;
            // Marked informative, so an edge that holds replies until the turn commits still sends it at once.
            var progress = new StreamInfo { StreamType = StreamTypes.Informative }.ApplyTo(MessageFactory.Text(text));
            _informative = turnContext.SendActivityAsync(progress, CancellationToken.None);
        }
    }

    public void QueueTextChunk(string text)
    {
        if (string.IsNullOrEmpty(text))
            return;
        lock (_gate)
        {
            ThrowIfEnded();
            _message.Append(text);
        }
    }

    public async Task<ResourceResponse?> EndStreamAsync(Activity finalActivity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(finalActivity);
        Task<ResourceResponse?>? informative;
        lock (_gate)
        {
            ThrowIfEnded();
            _ended = true;
            informative = _informative;
        }
        // The informative message goes first; if it could not be delivered, the final message can still be.
        if (informative is not null)
        {
            try
            {
                await informative.ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
            }
        }
        return await turnContext.SendActivityAsync(finalActivity, cancellationToken).ConfigureAwait(false);
    }

    private void ThrowIfEnded()
    {
        if (_ended)
            throw new InvalidOperationException("The stream has ended; ask the turn context for a new one.");
    }
}
