using System.Text.Json;

namespace AllyBot.FakeOpenAI;

/// <summary>The pitch JSON the fake model answers with (AllyBot's pitch schema): a faithful polish of the template it was sent, or one broken on purpose.</summary>
public sealed record PitchJson(string Subject, string Short, string Long, IReadOnlyList<string> TalkingPoints)
{
    /// <summary>The sentence the polish adds, built only from the audience's values in the data.</summary>
    public static string AddedSentence(JsonElement data) => $"We share your commitment to {data.GetProperty("audience").GetProperty("values")[0].GetString()}.";

    /// <summary>A valid polish: the template with one sentence added after the greeting and a subject line.</summary>
    public static PitchJson Polish(FakeChatRequest request)
    {
        var data = request.Data;
        var template = data.GetProperty("template_pitch");
        var longText = template.GetProperty("long").GetString()!;
        var firstBreak = longText.IndexOf("\n\n", StringComparison.Ordinal);
        var polishedLong = longText[..firstBreak] + "\n\n" + AddedSentence(data) + longText[firstBreak..];
        var points = template.GetProperty("talking_points").EnumerateArray().Select(p => p.GetString()!).ToList();
        return new PitchJson("Working together for health care", template.GetProperty("short").GetString()!, polishedLong, points);
    }

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
