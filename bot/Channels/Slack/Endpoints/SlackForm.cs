using Microsoft.Extensions.Primitives;

namespace AllyBot.Bot.Channels.Slack.Endpoints;

/// <summary>Reads the fields of an <c>application/x-www-form-urlencoded</c> body (parsed by <c>RequestBodyReader.ParseForm</c>).</summary>
public static class SlackForm
{
    /// <summary>The field's value, or null when it is absent or empty.</summary>
    public static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out StringValues value) && !StringValues.IsNullOrEmpty(value) ? value.ToString() : null;
}
