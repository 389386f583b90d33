using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace AllyBot.Builder.Dialogs;

/// <summary>
/// Asks for a number and returns it as <typeparamref name="T"/> (SDK: <c>NumberPrompt&lt;T&gt;</c>). Reads the
/// first number in the answer ("about 12 people" → 12, "1,500" → 1500) with the invariant culture, or a
/// whole answer that is a number word from zero to twenty. A number that doesn't fit <typeparamref name="T"/>
/// (e.g. 2.5 for int) is not recognized.
/// </summary>
public partial class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null) : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
{
    private static readonly string[] Words =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    protected override async Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (SelectPrompt(options, isRetry) is { } prompt)
            await turnContext.SendActivityAsync(CopyForSending(prompt), cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var succeeded = TryRecognize(turnContext.Activity.Text, out var value);
        return Task.FromResult(new PromptRecognizerResult<T> { Succeeded = succeeded, Value = value });
    }

    internal static bool TryRecognize(string? text, out T value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;

        var word = Array.IndexOf(Words, text.Trim().TrimEnd('.', '!').ToLowerInvariant());
        if (word >= 0)
        {
            value = T.CreateChecked(word);
            return true;
        }

        var match = NumberPattern().Match(text);
        return match.Success
            && T.TryParse(match.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();
}
