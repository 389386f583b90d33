using System.Text.Json;
using AllyBot.Builder;
using AllyBot.Builder.Schema;

namespace AllyBot.Dialogs.Presentation;

/// <summary>
/// Marks a message that holds only a pitch's text: the entity
/// <c>{"type": "allybot.pitch", "version": "short" | "long", "ally": "&lt;ally name&gt;"}</c>, so a client (the
/// web page) can put a Copy button beside it. The text is plain: what you copy is what you send.
/// </summary>
public static class PitchEntity
{
    public const string Type = "allybot.pitch";
    public const string Short = "short";
    public const string Long = "long";

    public static Activity Message(string text, string version, string ally)
    {
        var message = MessageFactory.Text(text);
        message.TextFormat = TextFormatTypes.Plain;
        message.Entities =
        [
            new Entity(Type)
            {
                Properties = new Dictionary<string, JsonElement>
                {
                    ["version"] = JsonSerializer.SerializeToElement(version),
                    ["ally"] = JsonSerializer.SerializeToElement(ally),
                },
            },
        ];
        return message;
    }

    /// <summary>The version ("short" / "long") of a pitch message, or null when the activity is not one.</summary>
    public static string? VersionOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var entity = activity.Entities?.FirstOrDefault(e => e.Type == Type);
        return entity?.Properties is { } properties && properties.TryGetValue("version", out var version) && version.ValueKind == JsonValueKind.String
            ? version.GetString()
            : null;
    }
}
