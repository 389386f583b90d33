using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Streaming;

/// <summary>
/// A reply shown while it is being written (SDK: the Microsoft 365 Agents SDK's <c>StreamingResponse</c>), in
/// whatever way the turn's channel can: Teams one-to-one chats and Web Chat over our Direct Line WebSocket show
/// the text growing, the console prints it as it arrives, other channels show the informative update as a message
/// and then the final message. Dialogs get one from <see cref="StreamingTurnContextExtensions.StreamingResponse"/>
/// and never know which. Calls go <see cref="QueueInformativeUpdate"/>, <see cref="QueueTextChunk"/> (any number),
/// then one <c>EndStreamAsync</c> (with an activity, or with a text:
/// <see cref="StreamingResponseExtensions.EndStreamAsync(IStreamingResponse, string, CancellationToken)"/>); after that the stream is over and the turn's next
/// <c>StreamingResponse()</c> is a new one.
/// </summary>
/// <remarks>
/// The streamed text is a preview and never becomes the final message by itself: <c>EndStreamAsync</c> always
/// takes the final message, which the caller has validated (for a pitch, the checked model draft or the template
/// draft). When it differs from what was streamed, it replaces the streamed text.
/// </remarks>
public interface IStreamingResponse
{
    /// <summary>True when the channel shows updates before the final message (Teams 1:1, Web Chat livestreaming, the console).</summary>
    bool IsStreamingChannel { get; }

    /// <summary>All the text chunks queued so far, joined.</summary>
    string Message { get; }

    /// <summary>True once an <c>EndStreamAsync</c> was called.</summary>
    bool IsEnded { get; }

    /// <summary>
    /// Says what the bot is doing ("Drafting your pitch…"); a prepared text from the library, never model output.
    /// Shown at once where the channel can; a later call replaces an earlier one until text starts streaming.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stream has ended.</exception>
    void QueueInformativeUpdate(string text);

    /// <summary>Appends text to the streamed message. Chunks queued between two updates go out together.</summary>
    /// <exception cref="InvalidOperationException">The stream has ended.</exception>
    void QueueTextChunk(string text);

    /// <summary>
    /// Ends the stream with <paramref name="finalActivity"/> as its final message (it replaces the streamed text
    /// when it differs), waiting for an update still on its way and for the channel's update interval first.
    /// Returns the channel's answer to the final message.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stream has ended already.</exception>
    Task<ResourceResponse?> EndStreamAsync(Activity finalActivity, CancellationToken cancellationToken = default);
}
