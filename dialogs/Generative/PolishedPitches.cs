using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;
using AllyBot.Content.Generative;
using AllyBot.Content.Generative.Pitches;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Presentation;
using AllyBot.Dialogs.Topics;

namespace AllyBot.Dialogs.Generative;

/// <summary>
/// The pitch review's drafting when a model polishes pitches. The draft streams where the channel can show it
/// (<see cref="StreamingTurnContextExtensions.StreamingResponse"/>): the library's "Drafting your pitch…" at once,
/// then the long version's text as the model writes it, and the stream ends with the checked long version (or the
/// template's, when the polish failed a check or the model failed). Then, as their own messages: what it is
/// (with the plain "Here's the standard draft." when the template stands in), the short version, and the notes.
/// A choice of "another version" or a tone (<see cref="PitchVariants"/>) re-drafts the same way.
/// </summary>
internal static class PolishedPitches
{
    /// <summary>Per-ally scratch: the variant choice the next draft is for.</summary>
    public const string VariantKey = "pitch-variant";

    public static async Task DraftAndShowAsync(JourneyServices services, IPitchVariantDrafter drafter, StepView view, PitchAngle angle, string? angleLine, CancellationToken cancellationToken)
    {
        var content = services.Content;
        var ally = view.RequireAlly;
        var pending = view.Progress.PendingPitch;
        var variantId = view.Scratch(VariantKey);
        view.SetScratch(VariantKey, null);
        IStreamingResponse? stream = null;
        PitchFallback? fallback = null;
        if (variantId is not null || pending is null || pending.Ally != ally.Name || pending.Angle != angle.ToId())
        {
            var variant = variantId is not null && pending is not null ? PitchVariants.For(variantId, PitchDrafting.ToPitch(pending)) : PitchVariant.First;
            stream = view.Context.StreamingResponse();
            stream.QueueInformativeUpdate(content.Text(StreamingIds.Step, StreamingIds.DraftingPitchText));
            var preview = stream;
            var pitch = await drafter.DraftAsync(
                PitchDrafting.Request(view.Record, ally, angle, content), variant,
                json => preview.QueueTextSoFar(PartialJson.StringField(json, "long")), cancellationToken);
            fallback = pitch.Fallback;
            pending = PitchDrafting.ToEntry(ally, pitch);
            view.Progress.PendingPitch = pending;
        }

        var longVersion = PitchEntity.Message(pending.Long, PitchEntity.Long, pending.Ally);
        if (stream is not null)
            await stream.EndStreamAsync(longVersion, cancellationToken);
        else
            await view.Context.SendActivityAsync(longVersion, cancellationToken);
        var intro = string.Join(" ", new[] { fallback?.Notice, content.Text(view, GenerativeTexts.Step, GenerativeTexts.PitchIntro), angleLine }.OfType<string>());
        await view.SendAsync(intro, cancellationToken);
        await view.Context.SendActivityAsync(PitchEntity.Message(pending.Short, PitchEntity.Short, pending.Ally), cancellationToken);
        var notes = services.Presenter.PitchNotes(pending);
        if (pending.Subject is { Length: > 0 } subject)
            notes = $"**{content.Text(GenerativeTexts.Step, GenerativeTexts.SubjectLabel)}:** {subject}\n\n{notes}";
        var message = MessageFactory.Text(notes);
        message.TextFormat = TextFormatTypes.Markdown;
        await view.Context.SendActivityAsync(message, cancellationToken);
    }
}
