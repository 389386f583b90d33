using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AllyBot.Bot.Generative;

/// <summary>
/// <c>GET /healthz</c>: every health check except the optional model's, plain text (green while the bot can
/// answer, whatever the model does). <c>GET /healthz/ready</c>: every check, with a JSON detail per entry
/// (status, description, data), e.g. whether a model is configured and reachable; 200 unless a check is
/// Unhealthy (the model's never is).
/// </summary>
public static class HealthEndpoints
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/healthz/ready";

    public static WebApplication MapAllyBotHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = check => !check.Tags.Contains(ModelHealthCheck.Tag) });
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions { ResponseWriter = WriteDetailsAsync });
        return app;
    }

    private static Task WriteDetailsAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            entries = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
