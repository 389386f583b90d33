namespace AllyBot.Dialogs.Plan;

/// <summary>
/// One question in the journey: the topic (a content step id such as "exchange"), the question id, and which
/// ally it is about (-1 for questions that are not about one ally). Positions are what "back" returns to
/// and where "continue" resumes, so they are plain data that survive storage and restarts.
/// </summary>
public sealed record Position(string Topic, string Question, int Ally = -1)
{
    public override string ToString() => Ally >= 0 ? $"{Topic}/{Question}#{Ally}" : $"{Topic}/{Question}";
}
