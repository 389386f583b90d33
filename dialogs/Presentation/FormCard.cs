using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Dialogs.Presentation;

/// <summary>How a question shows on a card form.</summary>
public enum FormFieldKind
{
    Text,
    Choice,
    MultiChoice,
}

/// <summary>One input of a card form: a labelled question with its default, choices and the error shown when a required one is empty.</summary>
public sealed record FormField(
    string Id,
    FormFieldKind Kind,
    string Label,
    string? Value = null,
    string? Placeholder = null,
    bool Required = false,
    string? ErrorMessage = null,
    IReadOnlyList<(string Title, string Value)>? Choices = null,
    bool ShortAnswer = false);

/// <summary>A submitted form: which form it was and the values by question id.</summary>
public sealed record FormSubmission(string FormId, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// Several questions as one Adaptive Card 1.5 form (the message's text says what it is for): labelled
/// Input.Text and Input.ChoiceSet inputs with their defaults, <c>isRequired</c> and <c>errorMessage</c>, and one Action.Submit whose data
/// carries the form's id, so a second submit of an old form is recognized as stale. Input ids are the
/// question ids prefixed with <see cref="InputPrefix"/>, clear of the <c>choice</c> / <c>text</c> /
/// <c>value</c> fields that card buttons use. The layout is code; every word comes from the library.
/// </summary>
public static class FormCard
{
    public const string FormIdField = "allybot.form";
    public const string InputPrefix = "allybot.";

    public static Attachment Build(string formId, IEnumerable<FormField> fields, string submitTitle, string fallbackText)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var body = fields.Select(Input).ToList<object>();
        var content = new Dictionary<string, object?>
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = PlanCard.Version,
            ["fallbackText"] = fallbackText,
            ["body"] = body,
            ["actions"] = new List<object>
            {
                new Dictionary<string, object?>
                {
                    ["type"] = "Action.Submit",
                    ["title"] = submitTitle,
                    ["data"] = new Dictionary<string, object?> { [FormIdField] = formId },
                },
            },
        };
        return new Attachment { ContentType = PlanCard.ContentType, Content = JsonSerializer.SerializeToElement(content, BuilderJson.Options) };
    }

    /// <summary>The form a message submitted and its values by question id; null when the message is not a form submit.</summary>
    public static FormSubmission? Submitted(object? value)
    {
        if (BuilderJson.ReadElement(value) is not { } element)
            return null;
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(FormIdField, out var id) || id.ValueKind != JsonValueKind.String)
            return null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name != FormIdField && property.Name.StartsWith(InputPrefix, StringComparison.Ordinal))
                values[property.Name[InputPrefix.Length..]] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!.Trim() : property.Value.ToString();
        }
        return new FormSubmission(id.GetString()!, values);
    }

    private static Dictionary<string, object?> Input(FormField field)
    {
        var input = new Dictionary<string, object?>
        {
            ["id"] = InputPrefix + field.Id,
            ["label"] = field.Label,
            ["isRequired"] = field.Required,
        };
        if (field.ErrorMessage is not null)
            input["errorMessage"] = field.ErrorMessage;
        if (field.Kind == FormFieldKind.Text)
        {
            input["type"] = "Input.Text";
            // A name or a title fits one line; a sentence gets room to wrap.
            input["isMultiline"] = !field.ShortAnswer;
            if (field.Placeholder is not null)
                input["placeholder"] = field.Placeholder;
        }
        else
        {
            var choices = field.Choices ?? [];
            input["type"] = "Input.ChoiceSet";
            input["isMultiSelect"] = field.Kind == FormFieldKind.MultiChoice;
            // A long list (every audience) is a drop-down; a short one shows all its options.
            input["style"] = choices.Count > 6 ? "compact" : "expanded";
            input["choices"] = choices.Select(c => new Dictionary<string, object?> { ["title"] = c.Title, ["value"] = c.Value }).ToList();
            if (field.Placeholder is not null)
                input["placeholder"] = field.Placeholder;
        }
        if (!string.IsNullOrEmpty(field.Value))
            input["value"] = field.Value;
        return input;
    }
}
