using System.Text;

namespace AllyBot.Content.Generative;

/// Reads a string field out of JSON that is still arriving ({"short": "Hi Tanya,\nWe're work…), for showing a
/// streamed answer as it grows. Tolerant: an unfinished escape or value yields what is complete so far.
public static class PartialJson
{
    /// The value of the top-level string field so far, or null when the field has not started.
    public static string? StringField(string json, string name)
    {
        var key = $"\"{name}\"";
        var at = json.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var i = at + key.Length;
        while (i < json.Length && (char.IsWhiteSpace(json[i]) || json[i] == ':'))
        {
            i++;
        }
        if (i >= json.Length || json[i] != '"')
        {
            return null;
        }
        var value = new StringBuilder();
        for (i++; i < json.Length; i++)
        {
            var c = json[i];
            if (c == '"')
            {
                break;
            }
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }
            if (i + 1 >= json.Length)
            {
                break;
            }
            var e = json[++i];
            switch (e)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': break;
                case 'u' when i + 4 < json.Length && int.TryParse(json.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var code):
                    value.Append((char)code);
                    i += 4;
                    break;
                case 'u': return value.ToString();
                default: value.Append(e); break;
            }
        }
        return value.ToString();
    }
}
