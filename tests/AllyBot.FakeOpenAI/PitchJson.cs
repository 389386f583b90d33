using System.Text.Json;

namespace AllyBot.FakeOpenAI;

/// <summary>The pitch JSON the fake model answers with (AllyBot's pitch schema): a faithful polish of the template it was sent, or one broken on purpose.</summary>
public sealed record PitchJson(string Subject, string Short, string Long, IReadOnlyList<string> TalkingPoints)
{
    /// <summary>The sentence the polish adds, built only from the audience's values in the data (the first, or the one at <paramref name="value"/>).</summary>
    public static string AddedSentence(JsonElement data, int value = 0) => $"We share your commitment to {data.GetProperty("audience").GetProperty("values")[value].GetString()}.";

    /// <summary>
    /// A valid polish: the template with one sentence added after the greeting and a subject line. When that takes
    /// the long version over its word limit, sentences that carry neither the ask nor the offer are dropped from
    /// the end of the body (a template at full detail is already near the limit). Another value gives another version.
    /// </summary>
    public static PitchJson Polish(FakeChatRequest request, int value = 0)
    {
        var data = request.Data;
        var template = data.GetProperty("template_pitch");
        var longText = template.GetProperty("long").GetString()!;
        var firstBreak = longText.IndexOf("\n\n", StringComparison.Ordinal);
        var added = AddedSentence(data, value);
        var polishedLong = longText[..firstBreak] + "\n\n" + added + longText[firstBreak..];
        var limit = data.TryGetProperty("limits", out var limits) && limits.TryGetProperty("long_max_words", out var max) && max.ValueKind == JsonValueKind.Number ? max.GetInt32() : int.MaxValue;
        var keep = new[] { "ask", "offer" }.Select(f => data.GetProperty("plan").TryGetProperty(f, out var v) ? v.GetString() : null).OfType<string>().Append(added).ToList();
        var points = template.GetProperty("talking_points").EnumerateArray().Select(p => p.GetString()!).ToList();
        return new PitchJson("Working together for health care", template.GetProperty("short").GetString()!, Fit(polishedLong, limit, keep), points);
    }

    private static string Fit(string text, int limit, IReadOnlyList<string> keep)
    {
        var paragraphs = text.Split("\n\n").ToList();
        for (var p = paragraphs.Count - 2; p >= 1 && Words(string.Join("\n\n", paragraphs)) > limit; p--)
        {
            var sentences = System.Text.RegularExpressions.Regex.Split(paragraphs[p], @"(?<=[.?!])\s+").ToList();
            for (var i = sentences.Count - 1; i >= 0 && Words(string.Join("\n\n", paragraphs)) > limit; i--)
            {
                if (keep.Any(k => sentences[i].Contains(k, StringComparison.Ordinal)))
                    continue;
                sentences.RemoveAt(i);
                paragraphs[p] = string.Join(" ", sentences);
            }
        }
        return string.Join("\n\n", paragraphs.Where(p => p.Length > 0));
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

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
