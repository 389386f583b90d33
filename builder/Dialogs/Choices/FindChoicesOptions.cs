namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>
/// What <see cref="ChoiceRecognizers"/> may match on (SDK: <c>FindChoicesOptions</c>, plus AllyBot's control of
/// partial matches, options inside longer answers and typos). Everything beyond exact and positional picks
/// needs <see cref="AllowPartialMatches"/>: a caller asking for whole-message matches gets exactly that.
/// </summary>
public sealed class FindChoicesOptions
{
    /// <summary>Don't match a choice's <see cref="Choice.Value"/> (only its synonyms and action title).</summary>
    public bool NoValue { get; set; }

    /// <summary>Don't match the title of a choice's <see cref="Choice.Action"/>.</summary>
    public bool NoAction { get; set; }

    /// <summary>"2", "number 2", "#2" pick the second choice (default true).</summary>
    public bool RecognizeNumbers { get; set; } = true;

    /// <summary>"second", "the 2nd one", "last" pick by position (default true).</summary>
    public bool RecognizeOrdinals { get; set; } = true;

    /// <summary>Words of a choice inside a longer answer ("the union, I think") pick it (default true).</summary>
    public bool AllowPartialMatches { get; set; } = true;

    /// <summary>
    /// A choice's whole value, title or synonym picks it inside a longer answer, whatever else the answer says,
    /// when it stands as the answer's point: ending a clause ("she's neutral, she says nice things"), opening
    /// the answer before a new phrase ("yes, the transit workers union", "no they're a nonprofit"), or as a
    /// phrase of two or more meaningful words anywhere ("they support it but haven't done anything").
    /// Never after a negation ("not neutral"), and a word the answer merely shares with a one-word choice
    /// doesn't count ("back pain clinic" is not "Back"). Default true; false keeps to answers that are the
    /// choice plus filler words, and partial matches.
    /// </summary>
    public bool AllowOptionInLongerAnswer { get; set; } = true;

    /// <summary>
    /// Most edits (a letter added, dropped, changed, or two neighbours swapped) for a misspelled word to still
    /// match a choice's word ("narow" → "narrow", "nuetral" → "neutral", "commited" → "committed"): one for
    /// words under 8 letters, this many for longer ones. Only when exactly one choice word is nearest, and
    /// never for a word that is itself one of the choices' words. Default 2; 0 turns typo matching off.
    /// </summary>
    public int MaxTypoEdits { get; set; } = 2;

    /// <summary>Shortest word (typed and meant) that may be a typo (default 5: "bakc" is not "back").</summary>
    public int MinTypoWordLength { get; set; } = 5;

    /// <summary>Smallest share of a choice's words that must appear for a partial match (default 0.5).</summary>
    public float MinPartialScore { get; set; } = 0.5f;

    /// <summary>
    /// Smallest share of the answer's meaningful words that must belong to the choice for a partial match
    /// (default 0.3), so a sentence that merely mentions some of a choice's words gets a re-prompt instead of a
    /// wrong pick. Whole choices found under <see cref="AllowOptionInLongerAnswer"/> don't need it.
    /// </summary>
    public float MinAnswerCoverage { get; set; } = 0.3f;
}
