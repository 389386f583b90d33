using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllyBot.Builder.Schema;

/// <summary>A card or file attached to an activity. Use <see cref="Content"/> or <see cref="ContentUrl"/>, not both.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public object? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>A clickable action on a card or in suggested actions.</summary>
public sealed class CardAction
{
    public CardAction() { }

    public CardAction(string type, string? title = null, object? value = null)
    {
        Type = type;
        Title = title;
        Value = value;
    }

    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? ImageAltText { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public object? Value { get; set; }
    public object? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>Buttons offered for the next reply; they disappear once the user answers.</summary>
public sealed class SuggestedActions
{
    public SuggestedActions() { }

    public SuggestedActions(IEnumerable<CardAction> actions, IEnumerable<string>? to = null)
    {
        Actions = actions.ToList();
        To = to?.ToList();
    }

    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}

/// <summary>
/// Extra metadata on an activity (<c>mention</c>, <c>clientInfo</c>, …). Fields beyond <see cref="Type"/>
/// stay in <see cref="Properties"/>; <see cref="Mention"/> reads and writes the mention shape.
/// </summary>
public sealed class Entity
{
    public Entity() { }

    public Entity(string type) => Type = type;

    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>The activity returned for <c>deliveryMode: expectReplies</c>: every reply of the turn.</summary>
public sealed class ExpectedReplies
{
    public ExpectedReplies() { }

    public ExpectedReplies(IEnumerable<Activity> activities) => Activities = activities.ToList();

    public List<Activity> Activities { get; set; } = [];
}

/// <summary>The id a channel returns for a sent activity.</summary>
public sealed class ResourceResponse
{
    public ResourceResponse() { }

    public ResourceResponse(string? id) => Id = id;

    public string? Id { get; set; }
}

/// <summary>Where a conversation lives, kept so the bot can continue it later (proactive messages).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? Locale { get; set; }
    public string? ServiceUrl { get; set; }
}
