using System.Text.Json;
using AllyBot.Builder.Schema;
using AllyBot.Dialogs.Interruptions;

namespace AllyBot.Dialogs.Presentation;

/// <summary>
/// The plan as an Adaptive Card (version 1.5): the layout is code, every label is content. Buttons are
/// Action.Submit with <c>{"choice": …}</c> data, which the dialogs read as if the user had typed the command.
/// <c>fallbackText</c> carries the whole plan as plain text for clients that cannot render the card.
/// </summary>
public static class PlanCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    public static Attachment Build(PlanOutline outline, CardButtons buttons)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(buttons);
        var body = new List<object>
        {
            TextBlock(outline.Title, size: "Large", bold: true),
            TextBlock(outline.Goal, size: "Medium"),
        };
        if (outline.GoalFacts.Count > 0)
            body.Add(FactSet(outline.GoalFacts));
        if (outline.BrainstormFacts.Count > 0)
        {
            body.Add(TextBlock(outline.BrainstormTitle, size: "Medium", bold: true, separator: true));
            body.Add(FactSet(outline.BrainstormFacts));
        }

        body.Add(TextBlock(outline.AlliesTitle, size: "Medium", bold: true, separator: true));
        if (outline.Allies.Count == 0)
            body.Add(TextBlock(outline.NoAllies));
        foreach (var ally in outline.Allies)
        {
            body.Add(new Dictionary<string, object?>
            {
                ["type"] = "Container",
                ["items"] = new List<object> { TextBlock(ally.Name, bold: true), FactSet(ally.Facts) },
            });
        }

        if (outline.Pitches.Count > 0)
        {
            body.Add(TextBlock(outline.PitchesTitle, size: "Medium", bold: true, separator: true));
            foreach (var pitch in outline.Pitches)
            {
                body.Add(TextBlock(pitch.Ally, bold: true));
                body.Add(TextBlock(pitch.Short));
            }
        }
        if (outline.SustainFacts.Count > 0)
        {
            body.Add(TextBlock(outline.SustainTitle, size: "Medium", bold: true, separator: true));
            body.Add(FactSet(outline.SustainFacts));
        }

        var content = new Dictionary<string, object?>
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["fallbackText"] = PlanText.Plain(outline),
            ["body"] = body,
            ["actions"] = new List<object>
            {
                Submit(buttons.Export, Commands.Export),
                Submit(buttons.Menu, Commands.Menu),
                Submit(buttons.Delete, Commands.DeleteMyData),
            },
        };
        // As JSON, not as the dictionaries: the card is data from here on, and every channel serializes it the same way.
        return new Attachment { ContentType = ContentType, Content = JsonSerializer.SerializeToElement(content, BuilderJson.Options) };
    }

    private static Dictionary<string, object?> TextBlock(string text, string? size = null, bool bold = false, bool separator = false)
    {
        var block = new Dictionary<string, object?> { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
            block["size"] = size;
        if (bold)
            block["weight"] = "Bolder";
        if (separator)
            block["separator"] = true;
        return block;
    }

    private static Dictionary<string, object?> FactSet(IEnumerable<PlanFact> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = facts.Select(f => new Dictionary<string, object?> { ["title"] = f.Label, ["value"] = f.Value }).ToList(),
    };

    private static Dictionary<string, object?> Submit(string title, string choice) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new Dictionary<string, object?> { ["choice"] = choice },
    };
}

/// <summary>The card's button titles (from the library's "plan" step).</summary>
public sealed record CardButtons(string Export, string Menu, string Delete);
