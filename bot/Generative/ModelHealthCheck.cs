using AllyBot.Content.Generative;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AllyBot.Bot.Generative;

/// <summary>
/// Readiness detail for the optional model (tag <see cref="Tag"/>, shown by <c>GET /healthz/ready</c>, left
/// out of <c>GET /healthz</c>): Healthy when none is configured (the template path is the bot) or the endpoint
/// answers HTTP; Degraded when it does not answer (the bot still works, with template drafts). Never Unhealthy.
/// The probe is a GET of the endpoint's address: any HTTP status counts as reachable, and no tokens are spent.
/// </summary>
public sealed class ModelHealthCheck(ModelEndpoint? endpoint, GenerativeOptions options, IHttpClientFactory httpClients, IServiceProvider services) : IHealthCheck
{
    public const string Name = "model";
    public const string Tag = "model";
    public const string HttpClientName = "AllyBot.Generative.Probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (endpoint is null)
        {
            return HealthCheckResult.Healthy("No model configured: generative features are off and the template drafter answers.",
                new Dictionary<string, object> { ["configured"] = false });
        }
        var data = new Dictionary<string, object>
        {
            ["configured"] = true,
            ["vendor"] = endpoint.Kind.ToString(),
            ["endpoint"] = endpoint.Address.GetLeftPart(UriPartial.Authority),
            ["model"] = endpoint.Model,
            ["features"] = options.EnabledFeatures.ToString().ToLowerInvariant(),
        };
        if (services.GetService<GenerativeCaller>()?.LastResult is { } last)
        {
            data["lastCall"] = last.Result;
            data["lastCallAt"] = last.At.ToString("O");
        }
        try
        {
            using var probe = await httpClients.CreateClient(HttpClientName).GetAsync(endpoint.Address, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            data["reachable"] = true;
            return HealthCheckResult.Healthy($"The model endpoint answers (HTTP {(int)probe.StatusCode} to a plain GET).", data);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            data["reachable"] = false;
            return HealthCheckResult.Degraded("The model endpoint does not answer: pitches fall back to the template drafter.", data: data);
        }
    }
}
