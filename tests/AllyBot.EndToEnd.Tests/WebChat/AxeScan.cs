using System.Text.Json;
using AllyBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>One axe-core rule a page breaks, with the elements that break it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() => $"{Impact} {Id}: {Help} — {string.Join(" | ", Targets)}";
}

/// <summary>
/// Runs Deque's axe-core (tests/js/node_modules/axe-core, pinned in tests/js/package.json) inside the page, as it
/// is in the browser at that moment, with the WCAG 2.x A and AA rules and axe's best practices.
/// </summary>
public static class AxeScan
{
    private const string Script = """
        async () => {
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return JSON.stringify(results.violations.map(v => ({
            id: v.id, impact: v.impact || 'unknown', help: v.help,
            targets: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 160))
          })));
        }
        """;

    public static string ScriptPath => Path.Combine(RepositoryPaths.JsClients, "node_modules", "axe-core", "axe.min.js");

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        if (!File.Exists(ScriptPath))
            throw new InvalidOperationException($"{ScriptPath} is missing: run tests/install-prerequisites.sh (npm ci in tests/js).");
        await page.AddScriptTagAsync(new() { Path = ScriptPath });
        var json = await page.EvaluateAsync<string>(Script);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, JsonSerializerOptions.Web) ?? [];
    }
}
