using AllyBot.Content.Drafting;
using AllyBot.Content.Generative;
using AllyBot.Content.Generative.Answers;
using AllyBot.Content.Generative.Intake;
using AllyBot.Content.Generative.Pitches;
using AllyBot.Content.Matching;
using AllyBot.Content.Model;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Generative;

/// <summary>
/// The generative features' composition. Always: <see cref="GenerativeOptions"/>, the library-only
/// <see cref="ICoachingAnswers"/> and the model readiness check. With a model configured (AzureOpenAI:Endpoint
/// or OpenAI:Endpoint): the <see cref="IChatClient"/>, the call policy, the per-person limit and, per
/// Generative:Features, the polished pitch drafter (decorating the registered <see cref="IPitchDrafter"/>),
/// model-phrased coaching answers and <see cref="IIntakeExtractor"/>. Call after AddAllyBot.
/// </summary>
public static class GenerativeRegistration
{
    /// <exception cref="GenerativeConfigurationException">A setting is malformed (Program.cs prints it and exits 1).</exception>
    public static IHostApplicationBuilder AddAllyBotGenerative(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(GenerativeOptions.SectionName).Get<GenerativeOptions>() ?? new GenerativeOptions();
        var endpoint = ModelEndpoint.Resolve(builder.Configuration, options);
        services.AddSingleton(options);
        services.AddHttpClient(ModelHealthCheck.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(3));
        services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
            ModelHealthCheck.Name, sp => new ModelHealthCheck(endpoint, options, sp.GetRequiredService<IHttpClientFactory>(), sp),
            failureStatus: null, tags: [ModelHealthCheck.Tag]));
        if (endpoint is null)
        {
            services.TryAddSingleton<ICoachingAnswers>(sp => new CoachingAnswers(sp.GetRequiredService<ContentLibrary>(), sp.GetRequiredService<AudienceMatcher>()));
            return builder;
        }

        services.AddSingleton(endpoint);
        services.TryAddSingleton<IChatClient>(sp => ModelChatClientFactory.Create(endpoint, sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton<UserCallLimiter>();
        services.TryAddSingleton<GenerativeCaller>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, GenerativeCallerMiddleware>());
        services.TryAddSingleton<ICoachingAnswers>(sp => new CoachingAnswers(
            sp.GetRequiredService<ContentLibrary>(), sp.GetRequiredService<AudienceMatcher>(),
            options.IsEnabled(GenerativeFeatures.Answers) ? sp.GetRequiredService<GenerativeCaller>() : null));
        if (options.IsEnabled(GenerativeFeatures.Intake))
        {
            services.TryAddSingleton<IIntakeExtractor>(sp => new IntakeExtractor(sp.GetRequiredService<ContentLibrary>(), sp.GetRequiredService<GenerativeCaller>()));
        }
        if (options.IsEnabled(GenerativeFeatures.Pitch))
        {
            DecoratePitchDrafter(services);
        }
        return builder;
    }

    /// <summary>Wraps whichever <see cref="IPitchDrafter"/> is registered (the template drafter by default) in the polishing drafter.</summary>
    private static void DecoratePitchDrafter(IServiceCollection services)
    {
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(IPitchDrafter));
        services.Replace(ServiceDescriptor.Singleton<IPitchDrafter>(sp =>
        {
            var template = existing is null ? new TemplatePitchDrafter(sp.GetRequiredService<ContentLibrary>()) : Create(existing, sp);
            return new GenerativePitchDrafter(template, sp.GetRequiredService<GenerativeCaller>(), sp.GetRequiredService<ContentLibrary>());
        }));
    }

    private static IPitchDrafter Create(ServiceDescriptor descriptor, IServiceProvider sp) => (IPitchDrafter)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
