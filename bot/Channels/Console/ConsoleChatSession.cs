using AllyBot.Bot.Hosting;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.Console;

/// <summary>
/// One terminal conversation: announces the user (so the bot's welcome shows), then sends each input line
/// as a message and prints the replies, until the input ends. The conversation id and user id are the user
/// name, so a person who comes back later continues where they left off (state in the configured store).
/// </summary>
public sealed class ConsoleChatSession(ChannelTurnServices services, TimeProvider timeProvider)
{
    public const string BotId = "allybot";

    public async Task RunAsync(TextReader input, TextWriter output, string userName, bool showPrompt = false, CancellationToken cancellationToken = default)
    {
        var renderer = new ConsoleRenderer(output);
        var adapter = new ConsoleAdapter(services, renderer);
        var user = new ChannelAccount(userName, userName, RoleTypes.User);

        var joined = NewActivity(ActivityTypes.ConversationUpdate, user);
        joined.MembersAdded = [user];
        await adapter.ProcessActivityAsync(joined, identity: null, cancellationToken: cancellationToken);

        while (true)
        {
            if (showPrompt)
            {
                await output.WriteAsync("> ".AsMemory(), cancellationToken);
                await output.FlushAsync(cancellationToken);
            }
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
                return;
            if (string.IsNullOrWhiteSpace(line))
                continue;

            var message = NewActivity(ActivityTypes.Message, user);
            if (renderer.Pick(line) is { } choice)
            {
                message.Text = choice.Text;
                message.Value = choice.Value;
            }
            else
            {
                message.Text = line.Trim();
            }
            renderer.ClearChoices();
            await adapter.ProcessActivityAsync(message, identity: null, cancellationToken: cancellationToken);
        }
    }

    private Activity NewActivity(string type, ChannelAccount user) => new()
    {
        Type = type,
        ChannelId = AllyBot.Builder.Schema.Channels.Console,
        Conversation = new ConversationAccount(user.Id),
        From = user,
        Recipient = new ChannelAccount(BotId, "AllyBot", RoleTypes.Bot),
        Timestamp = timeProvider.GetUtcNow(),
        Locale = "en-US",
        TextFormat = TextFormatTypes.Plain,
    };
}
