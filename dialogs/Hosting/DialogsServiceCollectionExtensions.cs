using AllyBot.Builder;
using AllyBot.Builder.State;
using AllyBot.Content.Drafting;
using AllyBot.Content.Loading;
using AllyBot.Content.Matching;
using AllyBot.Content.Model;
using AllyBot.Content.Generative.Answers;
using AllyBot.Content.Generative.Intake;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Generative;
using AllyBot.Dialogs.Interruptions;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Presentation;
using AllyBot.Dialogs.Topics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Dialogs.Hosting;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the coaching journey as the bot (<see cref="IBot"/> = <see cref="AllyBotActivityHandler"/>).
    /// Needs an <see cref="IStorage"/> from the host. Everything else has a default that an earlier
    /// registration overrides: the content library (the shipped one), the audience matcher, the pitch
    /// drafter (the template drafter; decorate <see cref="IPitchDrafter"/> to polish it), conversation state
    /// and <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddAllyBotDialogs(this IServiceCollection services, Action<JourneyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new JourneyOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);

        services.TryAddSingleton<ContentLibrary>(_ => ContentLoader.Load(contract: JourneyContentContract.Instance));
        services.TryAddSingleton(sp => new AudienceMatcher(sp.GetRequiredService<ContentLibrary>()));
        services.TryAddSingleton<IPitchDrafter>(sp => new TemplatePitchDrafter(sp.GetRequiredService<ContentLibrary>()));
        services.TryAddSingleton(sp => new MeetingBriefDrafter(sp.GetRequiredService<ContentLibrary>()));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));

        services.TryAddSingleton<CoachingContent>();
        services.TryAddSingleton<CommandRecognizer>();
        services.TryAddSingleton<AnswerWords>();
        services.TryAddSingleton<PlanPresenter>();
        services.TryAddSingleton(sp => new PlanState(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton<JourneyStore>();
        // The generative paths: whatever the host registered (a polishing IPitchDrafter, model-phrased
        // ICoachingAnswers, an IIntakeExtractor), else the library's own answers and no intake.
        services.TryAddSingleton(sp => new JourneyGenerative(
            sp.GetRequiredService<IPitchDrafter>(),
            sp.GetService<ICoachingAnswers>() ?? new CoachingAnswers(sp.GetRequiredService<ContentLibrary>(), sp.GetRequiredService<AudienceMatcher>()),
            sp.GetService<IIntakeExtractor>()));
        services.TryAddSingleton<JourneyServices>();
        services.TryAddSingleton<MainDialog>();
        services.TryAddSingleton<AllyBotActivityHandler>();
        services.Replace(ServiceDescriptor.Singleton<IBot>(sp => sp.GetRequiredService<AllyBotActivityHandler>()));
        return services;
    }
}
