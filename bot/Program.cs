using AllyBot.Bot.Channels.BotFramework;
using AllyBot.Bot.Channels.BotFramework.Auth;
using AllyBot.Bot.Channels.BotFramework.Teams;
using AllyBot.Bot.Channels.Console;
using AllyBot.Bot.Channels.DirectLine;
using AllyBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);

// `dotnet run --project bot -- chat [--user NAME]`: the same bot in the terminal, no web server.
var chat = ConsoleChatCommand.TryParse(args);

builder.AddAllyBot();
builder.AddBotFrameworkAuthentication();   // before AddBotFrameworkChannel: fills its auth seams (TryAdd)
builder.AddBotFrameworkChannel();
builder.AddTeams();
builder.AddDirectLineChannel();
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
app.MapHealthChecks("/healthz");

await app.RunAsync();
return 0;
