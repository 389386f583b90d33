using AllyBot.Content.Loading;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;

namespace AllyBot.Bot.Hosting;

/// <summary>
/// Loads the content library at start-up: the shipped one, overlaid by <c>Content:Path</c> when set, checked
/// against what the dialogs rely on (<see cref="JourneyContentContract"/>). A library with problems stops the start with <see cref="AllyBot.Content.Validation.ContentValidationException"/>,
/// whose message names each file, line and problem (Program.cs prints it and exits 1).
/// </summary>
public static class ContentRegistration
{
    // The shipped library never changes within a process; tests that build many hosts share one copy.
    private static readonly Lazy<ContentLibrary> Shipped = new(() => ContentLoader.Load(contract: JourneyContentContract.Instance));

    public static IServiceCollection AddAllyBotContent(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new ContentOptions();
        var library = string.IsNullOrWhiteSpace(options.Path) ? Shipped.Value : ContentLoader.Load(options, JourneyContentContract.Instance);
        services.AddSingleton(options);
        services.AddSingleton(library);
        return services;
    }
}
