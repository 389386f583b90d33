namespace AllyBot.Builder.Dialogs;

/// <summary>
/// One entry on the dialog stack: which dialog, and its persisted state (SDK: <c>DialogInstance</c>).
/// The stack is saved as JSON between turns, so a value put in <see cref="State"/> comes back next turn as a
/// <see cref="System.Text.Json.JsonElement"/>. Read state through <see cref="DialogValues"/> (or
/// <c>BuilderJson.Convert&lt;T&gt;</c>), never by casting.
/// </summary>
public sealed class DialogInstance
{
    public DialogInstance() { }

    public DialogInstance(string id) => Id = id;

    public string Id { get; set; } = string.Empty;

    public IDictionary<string, object?> State { get; set; } = new Dictionary<string, object?>();

    public override string ToString() => Id;
}
