using System.ClientModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using AllyBot.Content.Generative;
using Microsoft.Extensions.AI;

namespace AllyBot.Bot.Generative;

/// <summary>
/// Turns the OpenAI client's HTTP errors into <see cref="ModelCallException"/>, so the vendor-free generative
/// code can tell a 429 (with its <c>retry-after-ms</c>, <c>x-ms-retry-after-ms</c> or <c>Retry-After</c> wait)
/// and Azure's 400 <c>content_filter</c> refusal from any other failure.
/// </summary>
public sealed class ModelFaultChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken);
        }
        catch (ClientResultException e)
        {
            throw Translate(e);
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (updates)
        {
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync())
                    {
                        yield break;
                    }
                }
                catch (ClientResultException e)
                {
                    throw Translate(e);
                }
                yield return updates.Current;
            }
        }
    }

    internal static ModelCallException Translate(ClientResultException e)
    {
        var response = e.GetRawResponse();
        if (e.Status == 429)
        {
            return new ModelCallException(ModelFault.RateLimited, "The model service answered 429.", RetryAfter(response), e);
        }
        var body = Body(response);
        if (e.Status == 400 && body.Contains("content_filter", StringComparison.Ordinal))
        {
            return new ModelCallException(ModelFault.ContentFilter, "The model service's content filter refused the request.", inner: e);
        }
        return new ModelCallException(ModelFault.ServiceError, $"The model service answered {e.Status}.", inner: e);
    }

    private static TimeSpan? RetryAfter(System.ClientModel.Primitives.PipelineResponse? response)
    {
        if (response is null)
        {
            return null;
        }
        foreach (var header in new[] { "retry-after-ms", "x-ms-retry-after-ms" })
        {
            if (response.Headers.TryGetValue(header, out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds))
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }
        }
        return response.Headers.TryGetValue("Retry-After", out var seconds) && double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
            ? TimeSpan.FromSeconds(s)
            : null;
    }

    private static string Body(System.ClientModel.Primitives.PipelineResponse? response)
    {
        try
        {
            return response?.Content?.ToString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return ""; // a streamed body that was never buffered
        }
    }
}
