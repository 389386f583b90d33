using System.Globalization;
using System.Text;
using CsCheck;

namespace AllyBot.Bot.Tests.Fuzz;

/// <summary>
/// Generators of JSON as text, so that what no serializer writes can be generated too: unpaired surrogate escapes,
/// nesting past the parser's depth limit, numbers no type holds, duplicate keys, values of the wrong type.
/// </summary>
internal static class FuzzJson
{
    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-:.|/@<>&%";

    public static readonly Gen<string> Strings = Gen.Frequency(
        (8, Gen.String[Gen.Char[Plain], 0, 24].Select(Quote)),
        (3, Gen.String[0, 40].Select(Quote)),
        (2, Gen.OneOf(
            Gen.Const("\"\\ud800\""), Gen.Const("\"x\\udc00\""), Gen.Const("\"\\ud83d\\ude00\""), Gen.Const("\"\\ud83d\""),
            Gen.Const("\"\\u0000\""), Gen.Const("\"\\n\\t\\\\\\/\""), Gen.Const("\"\""), Gen.Const("\"   \""), Gen.Const("\"\\u202e\\u200b\""))),
        (1, Gen.Int[1_000, 40_000].Select(n => Quote(new string('x', n)))));

    public static readonly Gen<string> Numbers = Gen.OneOf(
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
        Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
        Gen.OneOf(Gen.Const("1e400"), Gen.Const("-0"), Gen.Const("123456789012345678901234567890"), Gen.Const("1.5e-400"), Gen.Const("0.1")));

    public static readonly Gen<string> Bools = Gen.OneOf("true", "false");

    public static readonly Gen<string> Scalars = Gen.Frequency((5, Strings), (2, Numbers), (1, Bools), (1, Gen.Const("null")));

    /// <summary>Any JSON value: scalars, arrays and objects to a few levels, sometimes nested past the parser's 64-level limit.</summary>
    public static readonly Gen<string> Values = Gen.Frequency(
        (20, Gen.Recursive<string>((depth, self) => depth >= 4
            ? Scalars
            : Gen.Frequency(
                (6, Scalars),
                (1, self.Array[0, 4].Select(ArrayOf)),
                (2, Gen.Select(Strings.Array[0, 4], self.Array[4], (keys, values) => ObjectOf(keys.Zip(values, (k, v) => k + ":" + v))))))),
        (1, Gen.Int[40, 90].Select(n => new string('[', n) + new string(']', n))),
        (1, Gen.Int[40, 90].Select(n => string.Concat(Enumerable.Repeat("{\"a\":", n)) + "1" + new string('}', n))));

    /// <summary>
    /// An object with some of the given fields, each holding its plausible value or (now and then) any value at
    /// all, sometimes with an unknown field added: the shape a parser expects, with the types wrong.
    /// </summary>
    public static Gen<string> Shaped(params (string Key, Gen<string> Value)[] fields)
    {
        var members = Gen.Const(new List<string>());
        foreach (var (key, value) in fields)
        {
            var member = Gen.Frequency(
                (1, Gen.Const((string?)null)),
                (4, Gen.Frequency((5, value), (1, Values)).Select(v => (string?)(Quote(key) + ":" + v))));
            members = Gen.Select(members, member, (list, item) => item is null ? list : [.. list, item]);
        }
        var extra = Gen.Frequency((4, Gen.Const((string?)null)), (1, Gen.Select(Strings, Values, (k, v) => (string?)(k + ":" + v))));
        return Gen.Select(members, extra, (list, item) => ObjectOf(item is null ? list : [.. list, item]));
    }

    /// <summary>One of the given literal values as a JSON string.</summary>
    public static Gen<string> OneOfStrings(params string[] values) => Gen.OneOf(values.Select(Quote).ToArray());

    public static Gen<string> ArrayOf(Gen<string> items, int max) => items.Array[0, max].Select(ArrayOf);

    public static string ArrayOf(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

    public static string ObjectOf(IEnumerable<string> members) => "{" + string.Join(",", members) + "}";

    /// <summary>A JSON string literal; control characters, quotes, backslashes and every surrogate are escaped (so unpaired ones stay unpaired).</summary>
    public static string Quote(string value)
    {
        var json = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
                json.Append('\\').Append(c);
            else if (c < 0x20 || char.IsSurrogate(c))
                json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else
                json.Append(c);
        }
        return json.Append('"').ToString();
    }
}
