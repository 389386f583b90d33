using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AllyBot.Content.Drafting;

/// Parses and renders the library's Scriban templates. Rendering is strict: a variable the model does not hold
/// is an error, which is how lint catches unknown placeholders. Output whitespace is tidied.
internal static partial class TemplateRenderer
{
    private static readonly ConcurrentDictionary<string, Template> Parsed = new(StringComparer.Ordinal);

    /// Scriban's built-in functions (string.capitalize, array.join …), built once: templates never change them.
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    /// Syntax errors with their 0-based line inside the body.
    public static IReadOnlyList<(int Line, string Message)> ParseErrors(string body)
    {
        var template = Template.Parse(body);
        return template.HasErrors
            ? template.Messages.Select(m => (m.Span.Start.Line, m.Message)).ToList()
            : [];
    }

    /// Renders; throws TemplateRenderException carrying the 0-based line of the failing expression.
    public static string Render(string body, ScriptObject model, string? templateId = null)
    {
        var template = Parsed.GetOrAdd(body, b => Template.Parse(b));
        if (template.HasErrors)
        {
            var first = template.Messages[0];
            throw new TemplateRenderException(first.Span.Start.Line, first.Message, templateId);
        }
        var context = new TemplateContext(Builtins) { StrictVariables = true, EnableRelaxedMemberAccess = false, LoopLimit = 100 };
        context.PushGlobal(model);
        try
        {
            return Tidy(template.Render(context));
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateRenderException(ex.Span.Start.Line, ex.OriginalMessage, templateId);
        }
    }

    /// Trims each line, collapses runs of spaces and blank lines, and removes spaces before punctuation.
    public static string Tidy(string raw)
    {
        var lines = raw.Replace("\r\n", "\n").Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        var joined = string.Join("\n", lines);
        joined = BlankLines().Replace(joined, "\n\n");
        joined = SpaceBeforePunctuation().Replace(joined, "$1");
        return joined.Replace("….", "…").Replace("?.", "?").Replace("!.", "!").Trim();
    }

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@" ([,.;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}

/// A template failed to render (unknown variable, bad expression). Line is 0-based within the body of the
/// template TemplateId (a pitch part, when a part failed inside a pitch).
internal sealed class TemplateRenderException(int line, string message, string? templateId = null) : Exception(message)
{
    public int Line { get; } = line;

    public string? TemplateId { get; } = templateId;
}
