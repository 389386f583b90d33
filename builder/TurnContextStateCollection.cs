namespace AllyBot.Builder;

/// <summary>Per-turn values keyed by name; typed helpers key by the type's full name, as the SDK does.</summary>
public sealed class TurnContextStateCollection : Dictionary<string, object>, IDisposable
{
    public T? Get<T>(string key) where T : class => TryGetValue(key, out var value) ? value as T : null;

    public T? Get<T>() where T : class => Get<T>(typeof(T).FullName!);

    public void Add<T>(string key, T value) where T : class => this[key] = value;

    public void Add<T>(T value) where T : class => this[typeof(T).FullName!] = value;

    public void Set<T>(string key, T value) where T : class => this[key] = value;

    public void Set<T>(T value) where T : class => this[typeof(T).FullName!] = value;

    public void Dispose()
    {
        foreach (var disposable in Values.OfType<IDisposable>().Where(v => !ReferenceEquals(v, this)))
            disposable.Dispose();
        Clear();
    }
}
