using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllyBot.Builder.Schema;

/// <summary>A party in a conversation: a user or a bot.</summary>
public sealed class ChannelAccount
{
    public ChannelAccount() { }

    public ChannelAccount(string? id, string? name = null, string? role = null)
    {
        Id = id;
        Name = name;
        Role = role;
    }

    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    public ConversationAccount() { }

    public ConversationAccount(string? id, string? name = null, bool? isGroup = null, string? conversationType = null, string? tenantId = null)
    {
        Id = id;
        Name = name;
        IsGroup = isGroup;
        ConversationType = conversationType;
        TenantId = tenantId;
    }

    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>A reaction on a message (<c>reactionsAdded</c> / <c>reactionsRemoved</c>).</summary>
public sealed class MessageReaction
{
    public string? Type { get; set; }
}
