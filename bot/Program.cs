using AllyBot.Bot.Channels.BotFramework;
using AllyBot.Bot.Channels.BotFramework.Auth;
using AllyBot.Bot.Channels.BotFramework.Teams;
using AllyBot.Bot.Channels.Console;
using AllyBot.Bot.Channels.DirectLine;
using AllyBot.Bot.Channels.Slack;
using AllyBot.Bot.Cli;
using AllyBot.Bot.Generative;
using AllyBot.Bot.Hosting;
using AllyBot.Bot.Hosting.Http;
using AllyBot.Content.Validation;

// `dotnet run --project bot -- content lint|match …`: the content library's tools; no host needed.
if (ContentCommand.TryParse(args) is { } content)
    return content.Run(ContentCommand.ConfiguredPath(), Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);

// `dotnet run --project bot -- chat [--user NAME]`: the same bot in the terminal, no web server.
var chat = ConsoleChatCommand.TryParse(args);

try
{
    builder.AddAllyBot();
    builder.AddAllyBotGenerative();   // after AddAllyBot: decorates its pitch drafter when a model is configured
}
catch (Exception problems) when (problems is ContentValidationException or GenerativeConfigurationException)
{
    // A chapter's broken content folder or malformed model settings: say exactly what is wrong instead of
    // starting a bot that would fail mid-chat.
    Console.Error.WriteLine($"AllyBot cannot start. {problems.Message}");
    return 1;
}
builder.AddAllyBotConnectionLimits();      // Kestrel: connections, header and keep-alive timeouts, body data rate (BotHost:Limits)
builder.AddBotFrameworkAuthentication();   // before AddBotFrameworkChannel: fills its auth seams (TryAdd)
builder.AddBotFrameworkChannel();
builder.AddTeams();
builder.AddDirectLineChannel();
builder.AddSlack();
if (chat is not null)
    builder.AddConsoleChannel(chat);

var app = builder.Build();
if (chat is not null)
    return await app.RunConsoleChatAsync();

app.UseAllyBotProblemDetails();
app.UseDefaultFiles();   // "/" is the chapter-site demo page with the web chat widget (wwwroot/)
app.UseStaticFiles();
app.UseDirectLine();
app.MapBotFramework();
app.MapDirectLine();
app.MapSlack();
app.MapAllyBotHealth();   // /healthz (liveness, green without the optional model) and /healthz/ready (details)

await app.RunAsync();
return 0;
