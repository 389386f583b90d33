using System.Runtime.CompilerServices;
using AllyBot.Content.Matching;
using AllyBot.Content.Model;

namespace AllyBot.Content.Generative;

/// The ordinary words of the library: every word written in lower case somewhere in its questions, tips,
/// texts, profiles, templates and prompts (names are written capitalised, so they never count), plus the
/// library's ordinary-words list. A capitalised
/// word the model writes at the start of a sentence is an ordinary word when it is here; Stems is the same
/// vocabulary as TextNormalizer's stems, for "does this text stay on the subject".
public sealed class LibraryVocabulary
{
    private static readonly ConditionalWeakTable<ContentLibrary, LibraryVocabulary> Cache = new();

    private LibraryVocabulary(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var word in FactScanner.Words(text).Where(w => char.IsLower(w.Text[0])))
            {
                Words.Add(word.Text);
            }
            Stems.UnionWith(TextNormalizer.ContentTokens(text));
        }
    }

    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);

    public static LibraryVocabulary For(ContentLibrary library) => Cache.GetValue(library, l =>
    {
        var vocabulary = new LibraryVocabulary(Texts(l));
        vocabulary.Words.UnionWith(l.OrdinaryWords);
        return vocabulary;
    });

    private static IEnumerable<string> Texts(ContentLibrary library)
    {
        foreach (var step in library.Steps.Values)
        {
            foreach (var q in step.Questions.Values)
            {
                foreach (var text in new[] { q.Text, q.Help, q.Reprompt }.Concat(q.Examples)
                             .Concat(q.Choices.SelectMany(c => new[] { c.Title, c.Description ?? "" }.Concat(c.Synonyms))))
                {
                    yield return text;
                }
            }
            foreach (var text in step.Tips.Values.Select(t => t.Text).Concat(step.Examples.Values.Select(e => e.Text)).Concat(step.Texts.Values))
            {
                yield return text;
            }
        }
        foreach (var a in library.Audiences.Values)
        {
            foreach (var text in a.Values.Concat(a.WordsTheyUse).Concat(a.SelfInterests).Concat(a.Asks).Concat(a.Offers)
                         .Concat(a.Approach).Concat(a.QuestionsToAsk).Concat(a.Aliases).Append(a.Name).Append(a.StoryHook))
            {
                yield return text;
            }
        }
        foreach (var text in library.Templates.Values.Select(t => t.Body).Concat(library.Prompts.Values.Select(p => p.Text)))
        {
            yield return text;
        }
    }
}
