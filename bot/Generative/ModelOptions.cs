namespace AllyBot.Bot.Generative;

/// <summary>
/// The <c>AzureOpenAI</c> section: an Azure OpenAI resource. An empty <see cref="Endpoint"/> (the default)
/// turns every generative feature off.
/// </summary>
public sealed class AzureOpenAIOptions
{
    public const string SectionName = "AzureOpenAI";

    /// <summary>The resource address, e.g. <c>https://myres.openai.azure.com/</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The chat model deployment's name.</summary>
    public string? Deployment { get; set; }

    /// <summary>Sent as the <c>api-key</c> header. Empty: <c>DefaultAzureCredential</c> (managed identity, az login…).</summary>
    public string? ApiKey { get; set; }
}

/// <summary>
/// The <c>OpenAI</c> section: any OpenAI-compatible chat completions server (a self-hosted model, OpenAI
/// itself). Used when <see cref="AzureOpenAIOptions.Endpoint"/> is empty.
/// </summary>
public sealed class OpenAIOptions
{
    public const string SectionName = "OpenAI";

    /// <summary>The API base address, e.g. <c>http://localhost:11434/v1/</c> (requests go to <c>{Endpoint}chat/completions</c>).</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model name to send.</summary>
    public string? Model { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer</c>; servers that need no key accept the placeholder sent when empty.</summary>
    public string? ApiKey { get; set; }
}
