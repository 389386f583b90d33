using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Dialogs;

/// <summary>
/// The answers an inbound message carries, for prompts that pick from a list. A button or card submit can
/// send its pick in <c>value</c> instead of (or as well as) <c>text</c>: an Adaptive Card
/// <c>Action.Submit</c> with <c>{"choice": "…"}</c>, a <c>postBack</c> with a string value, a
/// <c>messageBack</c>. The value is tried first because it is exactly what the button meant; then the text.
/// </summary>
internal static class PromptInput
{
    private static readonly string[] ValueFields = ["choice", "value"];

    public static IEnumerable<string> Answers(Activity activity)
    {
        if (FromValue(activity.Value) is { } fromValue)
            yield return fromValue;
        if (!string.IsNullOrWhiteSpace(activity.Text))
            yield return activity.Text;
    }

    /// <summary>A string, number or boolean value; or the <c>choice</c> / <c>value</c> field of an object value.</summary>
    public static string? FromValue(object? value)
    {
        if (BuilderJson.ReadElement(value) is not { } element)
            return null;

        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (ValueFields.Contains(property.Name, StringComparer.OrdinalIgnoreCase) && Scalar(property.Value) is { } field)
                    return field;
            }

            return null;
        }

        return Scalar(element);
    }

    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => string.IsNullOrWhiteSpace(element.GetString()) ? null : element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
