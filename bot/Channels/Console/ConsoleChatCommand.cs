namespace AllyBot.Bot.Channels.Console;

/// <summary>
/// The <c>chat</c> command line: <c>dotnet run --project bot -- chat [--user NAME]</c>. Without <c>--user</c>
/// the OS user name is used, so the same person gets the same conversation (and saved state) next time.
/// </summary>
public sealed record ConsoleChatCommand(string UserName)
{
    public const string Verb = "chat";

    /// <summary>The chat command if <paramref name="args"/> asks for it, else null (run the web host).</summary>
    public static ConsoleChatCommand? TryParse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || !string.Equals(args[0], Verb, StringComparison.OrdinalIgnoreCase))
            return null;

        var user = Environment.UserName;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] is "--user" or "-u" && i + 1 < args.Length)
                user = args[++i];
            else if (args[i].StartsWith("--user=", StringComparison.Ordinal))
                user = args[i]["--user=".Length..];
        }
        return new ConsoleChatCommand(string.IsNullOrWhiteSpace(user) ? "user" : user.Trim());
    }
}
