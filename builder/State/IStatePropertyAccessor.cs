namespace AllyBot.Builder.State;

/// <summary>Typed access to one property of a <c>BotState</c> for the current turn.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>Gets the value; when absent and a factory is given, stores and returns the factory's value.</summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
