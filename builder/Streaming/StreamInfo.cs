using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Streaming;

/// <summary>Values of <see cref="StreamInfo.StreamType"/>.</summary>
public static class StreamTypes
{
    public const string Informative = "informative";
    public const string Streaming = "streaming";
    public const string Final = "final";

    public static string Of(StreamUpdateKind kind) => kind == StreamUpdateKind.Informative ? Informative : Streaming;
}

/// <summary>
/// The Bot Framework's <c>streaminfo</c> entity (SDK: <c>StreamInfo</c>), which marks the activities of a streamed
/// reply: <c>{"type":"streaminfo","streamId":…,"streamType":"informative"|"streaming"|"final","streamSequence":n}</c>.
/// Interim updates carry a sequence from 1; the final message carries none. docs/protocols.md §8.
/// </summary>
public sealed class StreamInfo
{
    public const string EntityType = "streaminfo";

    public string Type { get; set; } = EntityType;

    /// <summary>The id the channel gave the stream's first activity; absent on that first activity.</summary>
    public string? StreamId { get; set; }

    public string? StreamType { get; set; }

    public int? StreamSequence { get; set; }

    /// <summary>The marks of an interim update.</summary>
    public static StreamInfo For(StreamUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return new StreamInfo { StreamId = update.StreamId, StreamType = StreamTypes.Of(update.Kind), StreamSequence = update.Sequence };
    }

    /// <summary>The marks of a stream's final message.</summary>
    public static StreamInfo Final(string streamId) => new() { StreamId = streamId, StreamType = StreamTypes.Final };

    /// <summary>The activity's <c>streaminfo</c> entity (type compared case-insensitively), or null.</summary>
    public static StreamInfo? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Entities?.FirstOrDefault(IsStreamInfo)?.GetAs<StreamInfo>();
    }

    /// <summary>
    /// True for a stream's interim activity (an informative or streaming update): it says the bot is working and
    /// promises nothing about the answer, so an edge that holds replies until the turn commits sends it at once.
    /// </summary>
    public static bool IsInterim(Activity activity) =>
        From(activity)?.StreamType is StreamTypes.Informative or StreamTypes.Streaming;

    /// <summary>Puts this entity on the activity, in place of any <c>streaminfo</c> entity it had.</summary>
    public Activity ApplyTo(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        RemoveFrom(activity);
        var entity = new Entity();
        entity.SetAs(this);
        activity.Entities ??= [];
        activity.Entities.Add(entity);
        return activity;
    }

    /// <summary>Takes every <c>streaminfo</c> entity off the activity.</summary>
    public static void RemoveFrom(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Entities?.RemoveAll(IsStreamInfo);
    }

    private static bool IsStreamInfo(Entity entity) => string.Equals(entity.Type, EntityType, StringComparison.OrdinalIgnoreCase);
}
