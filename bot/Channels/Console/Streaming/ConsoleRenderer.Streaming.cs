namespace AllyBot.Bot.Channels.Console;

/// <summary>
/// Streamed replies in the terminal: the informative line, then the reply's text printed piece by piece as it
/// arrives, then the final message. When the final message says what was printed, only the rest of it (buttons,
/// cards) is printed; when it says something else, a separator line goes first and then the whole final message.
/// </summary>
public sealed partial class ConsoleRenderer
{
    private string _streamed = "";
    private string? _shown;

    /// <summary>Prints a progress line ("Drafting your pitch…").</summary>
    public async Task WriteInformativeAsync(string text, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(text.AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>Prints the part of the reply's text so far that is not on the screen yet.</summary>
    public async Task WriteStreamedAsync(string textSoFar, CancellationToken cancellationToken)
    {
        if (textSoFar.Length <= _streamed.Length || !textSoFar.StartsWith(_streamed, StringComparison.Ordinal))
            return;
        await output.WriteAsync(textSoFar.AsMemory(_streamed.Length), cancellationToken);
        await output.FlushAsync(cancellationToken);
        _streamed = textSoFar;
    }

    /// <summary>
    /// Ends the streamed line before the final message. When <paramref name="finalText"/> is what was printed, the
    /// final message's text is not printed again; otherwise <paramref name="separator"/> announces the replacement.
    /// </summary>
    public async Task EndStreamedAsync(string? finalText, string separator, CancellationToken cancellationToken)
    {
        if (_streamed.Length == 0)
            return;
        await output.WriteLineAsync();
        if (string.Equals(finalText, _streamed, StringComparison.Ordinal))
            _shown = finalText;
        else
            await output.WriteLineAsync(separator.AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
        _streamed = "";
    }

    /// <summary>True (once) for the text of the final message whose text the stream printed already.</summary>
    private bool WasStreamed(string text)
    {
        var shown = string.Equals(text, _shown, StringComparison.Ordinal);
        _shown = null;
        return shown;
    }
}
