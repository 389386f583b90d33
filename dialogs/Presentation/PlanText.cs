using System.Text;

namespace AllyBot.Dialogs.Presentation;

/// <summary>
/// The plan as plain text (the card's fallback, and what text-only channels show) or as Markdown (the export).
/// Both walk the same <see cref="PlanOutline"/>; only the emphasis differs.
/// </summary>
public static class PlanText
{
    public static string Plain(PlanOutline outline) => Render(outline, markdown: false);

    public static string Markdown(PlanOutline outline, IEnumerable<PlanFact>? about = null) => Render(outline, markdown: true, about);

    private static string Render(PlanOutline outline, bool markdown, IEnumerable<PlanFact>? about = null)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var text = new StringBuilder();
        string H(int level, string title) => markdown ? $"{new string('#', level)} {title}" : level == 1 ? title.ToUpperInvariant() : title;
        string Fact(PlanFact fact) => markdown ? $"- **{fact.Label}:** {fact.Value}" : $"- {fact.Label}: {fact.Value}";

        text.AppendLine(H(1, outline.Title)).AppendLine();
        var aboutFacts = (about ?? []).ToList();
        foreach (var fact in aboutFacts)
            text.AppendLine(Fact(fact));
        if (aboutFacts.Count > 0)
            text.AppendLine();
        text.AppendLine(H(2, outline.Labels.Goal)).AppendLine(outline.Goal);
        foreach (var fact in outline.GoalFacts)
            text.AppendLine(Fact(fact));
        if (outline.BrainstormFacts.Count > 0)
        {
            text.AppendLine().AppendLine(H(2, outline.BrainstormTitle));
            foreach (var fact in outline.BrainstormFacts)
                text.AppendLine(Fact(fact));
        }

        text.AppendLine().AppendLine(H(2, outline.AlliesTitle));
        if (outline.Allies.Count == 0)
            text.AppendLine(outline.NoAllies);
        foreach (var ally in outline.Allies)
        {
            text.AppendLine().AppendLine(H(3, ally.Name));
            foreach (var fact in ally.Facts)
                text.AppendLine(Fact(fact));
        }

        if (outline.Pitches.Count > 0)
        {
            text.AppendLine().AppendLine(H(2, outline.PitchesTitle));
            foreach (var pitch in outline.Pitches)
            {
                text.AppendLine().AppendLine(H(3, pitch.Ally));
                text.AppendLine(Fact(new PlanFact(outline.Labels.Short, Indented(pitch.Short))));
                text.AppendLine(Fact(new PlanFact(outline.Labels.Long, Indented(pitch.Long))));
                if (pitch.WordsToAvoid.Length > 0)
                    text.AppendLine(Fact(new PlanFact(outline.Labels.WordsToAvoid, pitch.WordsToAvoid)));
                if (pitch.Sources.Length > 0)
                    text.AppendLine(Fact(new PlanFact(outline.Labels.Sources, pitch.Sources)));
            }
        }

        if (outline.SustainFacts.Count > 0)
        {
            text.AppendLine().AppendLine(H(2, outline.SustainTitle));
            foreach (var fact in outline.SustainFacts)
                text.AppendLine(Fact(fact));
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>A pitch's later lines indented under its bullet, so the whole pitch stays in the list item.</summary>
    private static string Indented(string pitch) => pitch.Replace("\n", "\n  ", StringComparison.Ordinal);
}
