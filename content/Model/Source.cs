namespace AllyBot.Content.Model;

/// A document the coaching content is drawn from. Every tip, question, example and template names one or more.
public sealed record Source(string Id, string Title, string? File, string? Url, string Covers);
