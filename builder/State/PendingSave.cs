namespace AllyBot.Builder.State;

/// <summary>One state's part of a turn's write batch: the key, the document to write, and the bag's JSON once written.</summary>
internal sealed record PendingSave(BotState State, CachedBotState Cached, string Key, BotStateDocument Document, string SentETag, string Hash);
