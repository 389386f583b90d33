namespace AllyBot.Builder.State;

public abstract partial class BotState
{
    /// <summary>Typed access to one property of a <see cref="BotState"/>; loads the state lazily on first use.</summary>
    private sealed class BotStatePropertyAccessor<T>(BotState botState, string name) : IStatePropertyAccessor<T>
    {
        public string Name { get; } = name;

        /// <summary>
        /// Returns the property; when it is not set, stores and returns <paramref name="defaultValueFactory"/>'s
        /// value, or returns <c>default</c> (without storing anything) when there is no factory.
        /// </summary>
        public async Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(turnContext);
            await botState.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            try
            {
                return await botState.GetPropertyValueAsync<T>(turnContext, Name, cancellationToken).ConfigureAwait(false);
            }
            catch (KeyNotFoundException)
            {
                if (defaultValueFactory is null) return default!;
                var value = defaultValueFactory();
                await botState.SetPropertyValueAsync(turnContext, Name, value, cancellationToken).ConfigureAwait(false);
                return value;
            }
        }

        public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(turnContext);
            await botState.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            await botState.SetPropertyValueAsync(turnContext, Name, value, cancellationToken).ConfigureAwait(false);
        }

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(turnContext);
            await botState.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            await botState.DeletePropertyValueAsync(turnContext, Name, cancellationToken).ConfigureAwait(false);
        }
    }
}
