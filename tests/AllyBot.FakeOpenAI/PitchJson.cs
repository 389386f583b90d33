using System.Text.Json;

namespace AllyBot.FakeOpenAI;

/// <summary>The pitch JSON the fake model answers with (AllyBot's pitch schema): a faithful polish of the template it was sent, or one broken on purpose.</summary>
public sealed partial record PitchJson(string Subject, string Short, string Long, IReadOnlyList<string> TalkingPoints)
{
    /// <summary>The sentence the polish adds, built only from the audience's values in the data.</summary>
    public static string AddedSentence(JsonElement data) => $"We share your commitment to {data.GetProperty("audience").GetProperty("values")[0].GetString()}.";

    /// <summary>
    /// A valid polish: the template with one sentence added after the greeting and a subject line. Like a model
    /// told the limits, it keeps the long version within them: when the added sentence would push it over, it
    /// drops closing sentences of the paragraph before the sign-off (a question more than needed) to make room.
    /// </summary>
    public static PitchJson Polish(FakeChatRequest request)
    {
        var data = request.Data;
        var template = data.GetProperty("template_pitch");
        var longText = template.GetProperty("long").GetString()!;
        var firstBreak = longText.IndexOf("\n\n", StringComparison.Ordinal);
        var polishedLong = longText[..firstBreak] + "\n\n" + AddedSentence(data) + longText[firstBreak..];
        var limit = data.GetProperty("limits").GetProperty("long_max_words").GetInt32();
        var points = template.GetProperty("talking_points").EnumerateArray().Select(p => p.GetString()!).ToList();
        return new PitchJson("Working together for health care", template.GetProperty("short").GetString()!, WithinLimit(polishedLong, limit), points);
    }

    private static string WithinLimit(string text, int maxWords)
    {
        var paragraphs = text.Split("\n\n").ToList();
        if (paragraphs.Count < 3)
            return text;
        var sentences = SentenceEnd().Split(paragraphs[^2]).ToList();
        while (Words(string.Join("\n\n", paragraphs)) > maxWords && sentences.Count > 1)
        {
            sentences.RemoveAt(sentences.Count - 1);
            paragraphs[^2] = string.Join(" ", sentences);
        }
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Words as the pitch rules count them: whitespace-separated, holding a letter or digit.</summary>
    private static int Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();

    public FakeReply Reply() => FakeReply.Json(new Dictionary<string, object>
    {
        ["subject"] = Subject,
        ["short"] = Short,
        ["long"] = Long,
        ["talking_points"] = TalkingPoints,
    });

    /// <summary>Adds a sentence just before the long version's sign-off (its last paragraph).</summary>
    public PitchJson WithLongSentence(string sentence)
    {
        var lastBreak = Long.LastIndexOf("\n\n", StringComparison.Ordinal);
        return this with { Long = Long[..lastBreak] + "\n\n" + sentence + Long[lastBreak..] };
    }
}
