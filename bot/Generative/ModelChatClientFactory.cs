using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;

namespace AllyBot.Bot.Generative;

/// <summary>
/// Builds the one <see cref="IChatClient"/> the generative features use: the vendor's chat client
/// (<c>AzureOpenAIClient(...).GetChatClient(deployment).AsIChatClient()</c>, or <c>OpenAIClient</c> for an
/// OpenAI-compatible server), its errors translated (<see cref="ModelFaultChatClient"/>), and OpenTelemetry
/// traces and metrics (token usage, duration) with sensitive data off: no prompt or completion text.
/// The SDK's own retries are off; the generative code retries a 429 once within its time budget.
/// </summary>
public static class ModelChatClientFactory
{
    /// <summary>The ActivitySource and Meter name of the model calls (gen_ai.client.token.usage, gen_ai.client.operation.duration).</summary>
    public const string TelemetrySourceName = "AllyBot.Generative.Model";

    public static IChatClient Create(ModelEndpoint endpoint, ILoggerFactory loggerFactory)
    {
        var inner = endpoint.Kind == ModelEndpoint.Vendor.AzureOpenAI ? Azure(endpoint) : OpenAICompatible(endpoint);
        return new ChatClientBuilder(inner)
            .UseOpenTelemetry(loggerFactory, TelemetrySourceName, telemetry => telemetry.EnableSensitiveData = false)
            .Use(client => new ModelFaultChatClient(client))
            .Build();
    }

    private static IChatClient Azure(ModelEndpoint endpoint)
    {
        var options = new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0) };
        var client = endpoint.ApiKey is { } key
            ? new AzureOpenAIClient(endpoint.Address, new ApiKeyCredential(key), options)
            : new AzureOpenAIClient(endpoint.Address, new DefaultAzureCredential(), options);
        return client.GetChatClient(endpoint.Model).AsIChatClient();
    }

    private static IChatClient OpenAICompatible(ModelEndpoint endpoint)
    {
        var options = new OpenAIClientOptions { Endpoint = endpoint.Address, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) };
        var client = new OpenAIClient(new ApiKeyCredential(endpoint.ApiKey ?? ModelEndpoint.NoKey), options);
        return client.GetChatClient(endpoint.Model).AsIChatClient();
    }
}
