namespace AllyBot.Content.Model;

/// A topic a story hook can be about ("asthma", "overdose"). A goal is on the topic when its statement, issue
/// or solution uses one of the Words (compared stemmed, so "inhalers" matches "inhaler").
public sealed record StoryTopic(string Id, IReadOnlyList<string> Words);
