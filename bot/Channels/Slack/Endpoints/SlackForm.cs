using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace AllyBot.Bot.Channels.Slack.Endpoints;

/// <summary>Reads an <c>application/x-www-form-urlencoded</c> body that was already read (and verified) as bytes.</summary>
public static class SlackForm
{
    public static FormCollection Parse(byte[] body)
    {
        using var reader = new FormReader(Encoding.UTF8.GetString(body));
        return new FormCollection(reader.ReadForm());
    }

    public static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out StringValues value) && !StringValues.IsNullOrEmpty(value) ? value.ToString() : null;
}
