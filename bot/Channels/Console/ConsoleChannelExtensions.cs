using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;

namespace AllyBot.Bot.Channels.Console;

public static class ConsoleChannelExtensions
{
    /// <summary>
    /// Prepares the console channel for <paramref name="command"/>. Standard output carries the conversation,
    /// so logs go to standard error, and only warnings and errors.
    /// </summary>
    public static IHostApplicationBuilder AddConsoleChannel(this IHostApplicationBuilder builder, ConsoleChatCommand command)
    {
        builder.Services.AddSingleton(command);
        builder.Services.TryAddSingleton<ConsoleChatSession>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<AllyBot.Builder.IMiddleware, ConsoleStreamingMiddleware>());
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(category: null, LogLevel.Warning);
        return builder;
    }

    /// <summary>
    /// Runs the chat on this process's standard input and output without starting the web server, then
    /// disposes the app. Returns the exit code: 0 at the end of input, 130 when interrupted (Ctrl+C).
    /// </summary>
    public static async Task<int> RunConsoleChatAsync(this WebApplication app)
    {
        await using (app)
        {
            var command = app.Services.GetRequiredService<ConsoleChatCommand>();
            var session = app.Services.GetRequiredService<ConsoleChatSession>();
            using var interrupted = new CancellationTokenSource();
            System.Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                interrupted.Cancel();
            };
            try
            {
                await session.RunAsync(System.Console.In, System.Console.Out, command.UserName, showPrompt: !System.Console.IsInputRedirected, interrupted.Token);
                return 0;
            }
            catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
            {
                return 130;
            }
        }
    }
}
