using System.Text.Json;

namespace AllyBot.Builder.Schema;

/// <summary>
/// The <c>mention</c> entity: <c>{"type":"mention","mentioned":{"id","name"},"text":"&lt;at&gt;Name&lt;/at&gt;"}</c>.
/// A view over <see cref="Entity.Properties"/>, since <see cref="Entity"/> keeps its fields as raw JSON.
/// </summary>
public sealed class Mention
{
    public const string EntityType = "mention";

    public Mention() { }

    public Mention(ChannelAccount mentioned, string? text = null)
    {
        Mentioned = mentioned;
        Text = text ?? (mentioned.Name is null ? null : $"<at>{mentioned.Name}</at>");
    }

    /// <summary>The party mentioned.</summary>
    public ChannelAccount? Mentioned { get; set; }

    /// <summary>The text of the mention as it appears in <see cref="Activity.Text"/>, e.g. <c>&lt;at&gt;AllyBot&lt;/at&gt;</c>.</summary>
    public string? Text { get; set; }

    /// <summary>Reads a mention from an entity; missing or malformed fields come back null.</summary>
    public static Mention FromEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var mention = new Mention();
        if (entity.Properties is null) return mention;
        if (entity.Properties.TryGetValue("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object)
            mention.Mentioned = mentioned.Deserialize<ChannelAccount>(BuilderJson.Options);
        if (entity.Properties.TryGetValue("text", out var text) && text.ValueKind == JsonValueKind.String)
            mention.Text = text.GetString();
        return mention;
    }

    /// <summary>Writes this mention as an entity of type <c>mention</c>.</summary>
    public Entity ToEntity()
    {
        var entity = new Entity(EntityType) { Properties = [] };
        if (Mentioned is not null) entity.Properties["mentioned"] = JsonSerializer.SerializeToElement(Mentioned, BuilderJson.Options);
        if (Text is not null) entity.Properties["text"] = JsonSerializer.SerializeToElement(Text, BuilderJson.Options);
        return entity;
    }
}

/// <summary>The SDK's <c>Entity.GetAs&lt;T&gt;</c> / <c>SetAs</c>: reads or writes an entity as a typed object.</summary>
public static class EntityExtensions
{
    /// <summary>Reads the entity's fields (including <c>type</c>) into <typeparamref name="T"/>.</summary>
    public static T? GetAs<T>(this Entity entity) => BuilderJson.Convert<T>(JsonSerializer.SerializeToElement(entity, BuilderJson.Options));

    /// <summary>Replaces the entity's fields with those of <paramref name="value"/>; its <c>type</c> field, if any, becomes <see cref="Entity.Type"/>.</summary>
    public static void SetAs<T>(this Entity entity, T value)
    {
        var copy = BuilderJson.Convert<Entity>(value) ?? new Entity();
        entity.Type = copy.Type ?? entity.Type;
        entity.Properties = copy.Properties;
    }
}
