using System.Globalization;
using System.Text;

namespace AllyBot.Content.Matching;

/// Plain-text output of a match for the host's command line ("allybot match 'the county nurses union'").
public static class AudienceMatchFormatter
{
    public static string Format(string input, IReadOnlyList<AudienceMatch> matches, double threshold)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"\"{input}\"").AppendLine();
        if (matches.Count == 0)
        {
            text.AppendLine("  no audience matched");
            return text.ToString();
        }
        foreach (var match in matches)
        {
            var flag = match.Confidence >= threshold ? "" : "  (below threshold: ask the user)";
            text.Append(CultureInfo.InvariantCulture, $"  {match.Confidence:0.00}  {match.AudienceId}  ({match.Name}){flag}").AppendLine();
        }
        return text.ToString();
    }
}
