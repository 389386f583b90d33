using System.Text.Json;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Lets prompts answer Adaptive Card buttons. An <c>Action.Submit</c> arrives as a message with empty text
/// and the card's data in <c>value</c> (docs/protocols.md §5); prompts read <c>text</c>. So when the data has a
/// string <c>choice</c>, <c>text</c> or <c>value</c> field (in that order), it is copied into <c>text</c>;
/// <c>value</c> is kept for dialogs that read the whole form. Channel-neutral: Web Chat submits the same way.
/// </summary>
public sealed class CardSubmitMiddleware : IMiddleware
{
    /// <summary>The data fields a card button may use for the answer it stands for, in order of preference.</summary>
    public static readonly IReadOnlyList<string> AnswerFields = ["choice", "text", "value"];

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (TeamsActivity.IsCardSubmit(activity) && ReadAnswer(activity.Value) is { } answer)
            activity.Text = answer;
        return next(cancellationToken);
    }

    /// <summary>The answer a card's data stands for, or null when it names none.</summary>
    public static string? ReadAnswer(object? data)
    {
        var element = BuilderJson.Convert<JsonElement>(data);
        if (element.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var field in AnswerFields)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, field, StringComparison.OrdinalIgnoreCase)
                    && property.Value.ValueKind == JsonValueKind.String
                    && !string.IsNullOrWhiteSpace(property.Value.GetString()))
                    return property.Value.GetString()!.Trim();
            }
        }
        return null;
    }
}
