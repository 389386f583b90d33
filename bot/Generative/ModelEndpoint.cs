using AllyBot.Content.Generative;

namespace AllyBot.Bot.Generative;

/// <summary>Which model the bot talks to, resolved from the <c>AzureOpenAI</c> and <c>OpenAI</c> sections (Azure wins when both are set).</summary>
public sealed record ModelEndpoint(ModelEndpoint.Vendor Kind, Uri Address, string Model, string? ApiKey)
{
    public enum Vendor
    {
        AzureOpenAI,
        OpenAICompatible,
    }

    /// <summary>Placeholder bearer key for OpenAI-compatible servers that need none (the client requires one).</summary>
    public const string NoKey = "no-key";

    /// <summary>The configured endpoint, or null when none is (generative features off).</summary>
    /// <exception cref="GenerativeConfigurationException">A setting is malformed or incomplete.</exception>
    public static ModelEndpoint? Resolve(IConfiguration configuration, GenerativeOptions generative)
    {
        var azure = configuration.GetSection(AzureOpenAIOptions.SectionName).Get<AzureOpenAIOptions>() ?? new();
        var openAI = configuration.GetSection(OpenAIOptions.SectionName).Get<OpenAIOptions>() ?? new();
        var problems = new List<string>(generative.Problems());
        ModelEndpoint? endpoint = null;
        if (!string.IsNullOrWhiteSpace(azure.Endpoint))
        {
            var address = ParseAddress(azure.Endpoint, $"{AzureOpenAIOptions.SectionName}:Endpoint", problems);
            Require(azure.Deployment, $"{AzureOpenAIOptions.SectionName}:Deployment", "the chat deployment's name", problems);
            if (address is not null && problems.Count == 0)
            {
                endpoint = new ModelEndpoint(Vendor.AzureOpenAI, address, azure.Deployment!.Trim(), Blank(azure.ApiKey));
            }
        }
        else if (!string.IsNullOrWhiteSpace(openAI.Endpoint))
        {
            var address = ParseAddress(openAI.Endpoint, $"{OpenAIOptions.SectionName}:Endpoint", problems);
            Require(openAI.Model, $"{OpenAIOptions.SectionName}:Model", "the model name", problems);
            if (address is not null && problems.Count == 0)
            {
                endpoint = new ModelEndpoint(Vendor.OpenAICompatible, address, openAI.Model!.Trim(), Blank(openAI.ApiKey));
            }
        }
        return problems.Count == 0 ? endpoint : throw new GenerativeConfigurationException(problems);
    }

    /// <summary>Where it is, without the key: for logs and the readiness check.</summary>
    public override string ToString() => $"{Kind} {Address} ({Model})";

    private static Uri? ParseAddress(string text, string key, List<string> problems)
    {
        var trimmed = text.Trim();
        if (Uri.TryCreate(trimmed.EndsWith('/') ? trimmed : trimmed + "/", UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host))
        {
            return uri;
        }
        problems.Add($"{key} '{text}' is not an http(s) address. Use the resource's address, for example https://myres.openai.azure.com/, or leave it empty to turn generative features off.");
        return null;
    }

    private static void Require(string? value, string key, string what, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{key} is empty: set it to {what}.");
        }
    }

    private static string? Blank(string? key) => string.IsNullOrWhiteSpace(key) ? null : key.Trim();
}

/// <summary>The generative settings are unusable; Program.cs prints the message and exits 1.</summary>
public sealed class GenerativeConfigurationException(IReadOnlyList<string> problems)
    : Exception("The generative settings have problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
