using AllyBot.Content.Model;
using Scriban.Runtime;

namespace AllyBot.Content.Drafting;

/// <summary>
/// The variables a template can use, built from <see cref="PitchFacts"/> (docs/content-authoring.md lists them):
/// angle, detail; goal.{statement,form,is_action,issue,issue_more,solution,solution_is_action};
/// ally.{name,kind,person,group,people,stance,self_interest,own_self_interest,ask,ask_is_action,ask_more,own_ask,
/// offer,offer_form,offer_is_action,offer_more,own_offer}; contact.{name,role,greeting,formal};
/// addressee.{short,formal,honorific}; sender.{name,person,group,group_line,alone};
/// audience.{id,name,value,values,word,words,your_words,words_to_avoid,self_interest,self_interests,ask,asks,
/// offer,offers,story_hook,approach,questions,question,question_more}; part.* (the rendered pitch parts); and, for the
/// user's eyes only (meeting brief, follow-up, talking points), private.{notes,off_table,motives}.
/// A pitch template that names private.* does not render, so lint catches it.
/// Typed fields are fitted to `words` words at whole-clause boundaries; empty ones are null.
/// </summary>
internal static class PitchModel
{
    public static ScriptObject Build(PitchFacts facts, PitchRequest request, ModelOptions options)
    {
        var words = options.Words;
        string? Fit(string? text) => string.IsNullOrWhiteSpace(text) ? null : WordLimiter.Fit(text, words);
        var lines = facts.Lines;
        var statement = facts.Statement;
        var solution = facts.Solution;
        var model = new ScriptObject
        {
            ["angle"] = request.Angle.ToId(),
            ["detail"] = options.Detail,
            ["opening"] = "",
        };
        model["goal"] = Object(
            ("statement", Fit(statement?.Text)), ("form", FormId(statement?.Form)), ("is_action", statement?.IsAction ?? false),
            ("issue", facts.Issue.Count > 0 ? AnswerText.Sentence(Fit(facts.Issue[0])) : null),
            ("issue_more", facts.Issue.Count > 1 ? AnswerText.Sentence(Fit(facts.Issue[1])) : null),
            ("solution", Fit(solution?.Text)), ("solution_is_action", solution?.IsAction ?? false));
        var ally = request.Ally;
        model["ally"] = Object(
            ("name", Fit(options.ToAlly ? facts.AllyName : facts.AllyLabel)), ("kind", facts.To.Kind.ToString().ToLowerInvariant()),
            ("person", facts.To.Kind == AllyKind.Person), ("group", facts.To.Kind == AllyKind.Group),
            ("people", facts.To.Kind == AllyKind.People), ("stance", ally.Stance.ToId()),
            ("self_interest", Fit(facts.SelfInterest)), ("own_self_interest", facts.OwnSelfInterest),
            ("ask", options.ToAlly ? WordLimiter.Fit(facts.Ask.Text, options.PriorityWords) : Fit(AnswerText.Clause(ally.Ask)) ?? facts.Ask.Text),
            ("ask_is_action", facts.Ask.IsAction), ("ask_more", Fit(facts.Ask.More) is { } askMore ? AnswerText.Sentence(askMore) : null),
            ("own_ask", facts.OwnAsk),
            ("offer", options.ToAlly ? WordLimiter.Fit(facts.Offer.Text, options.PriorityWords) : Fit(AnswerText.Offer(ally.Offer, toAlly: false)?.Text) ?? facts.Offer.Text),
            ("offer_form", FormId(facts.Offer.Form)), ("offer_is_action", facts.Offer.IsAction),
            ("offer_more", Fit(facts.Offer.More) is { } offerMore ? AnswerText.Sentence(offerMore) : null),
            ("own_offer", facts.OwnOffer));
        model["contact"] = Object(
            ("name", facts.Contact.Name), ("role", Fit(facts.Contact.Title)),
            ("greeting", PersonName.Parse(facts.Contact.Name)?.Short), ("formal", PersonName.Parse(facts.Contact.Name)?.Formal));
        model["addressee"] = Object(("short", facts.To.Short), ("formal", facts.To.Formal), ("honorific", facts.To.Honorific));
        model["sender"] = Object(
            ("name", Fit(AnswerText.Clause(request.SenderName)) is { Length: > 0 } sender ? sender : null),
            ("person", facts.Sender.Person), ("group", facts.Sender.Group), ("group_line", facts.Sender.GroupLine),
            ("alone", facts.Sender.Person is not null && facts.Sender.Group is null));
        model["audience"] = Audience(facts, lines);
        if (options.Private)
        {
            var motives = facts.Reading.Private;
            var offTable = AnswerText.IsNonAnswer(request.Goal.NotTheIssue) ? null : AnswerText.Clause(request.Goal.NotTheIssue);
            // Each private thing once: the topic kept off the table and the motives have lines of their own.
            var shownApart = offTable is null ? motives : [.. motives, request.Goal.NotTheIssue!.Trim()];
            model["private"] = Object(
                ("notes", Array(facts.PrivateNotes.Except(shownApart, StringComparer.OrdinalIgnoreCase).Select(AnswerText.Sentence).ToList())),
                ("off_table", offTable),
                ("motives", Array(motives)));
        }
        model["part"] = options.Parts ?? new ScriptObject();
        return model;
    }

    private static ScriptObject Audience(PitchFacts facts, SafeLines lines)
    {
        var audience = facts.Audience;
        return Object(
            ("id", audience.Id), ("name", audience.Name),
            ("value", lines.Values.FirstOrDefault()), ("values", Array(lines.Values)),
            ("word", lines.Words.FirstOrDefault()), ("words", Array(lines.Words)), ("your_words", Array(lines.YourWords)),
            ("words_to_avoid", Array(audience.WordsToAvoid)),
            ("self_interest", lines.SelfInterests.FirstOrDefault()), ("self_interests", Array(lines.SelfInterests)),
            ("ask", lines.Asks.FirstOrDefault()), ("asks", Array(lines.Asks)),
            ("offer", lines.Offers.FirstOrDefault()), ("offers", Array(lines.Offers)),
            ("story_hook", facts.StoryHook), ("approach", Array(lines.Approach)),
            ("questions", Array(lines.Questions)), ("question", lines.Question), ("question_more", lines.QuestionMore));
    }

    private static string? FormId(PhraseForm? form) => form switch
    {
        PhraseForm.Action => "action",
        PhraseForm.Thing => "thing",
        PhraseForm.Clause => "clause",
        PhraseForm.SomeoneTo => "someone",
        _ => null,
    };

    private static ScriptObject Object(params (string Name, object? Value)[] members)
    {
        var obj = new ScriptObject();
        foreach (var (name, value) in members)
        {
            obj[name] = value;
        }
        return obj;
    }

    private static ScriptArray Array(IReadOnlyList<string> items) => new(items);
}

/// How to build the model: Words caps each typed field, PriorityWords the ask and offer (what the pitch is for);
/// Detail (3 = everything … 0 = only what the pitch cannot do without) is what templates test to drop optional
/// sentences; ToAlly is set for text addressed to the ally, Private for text only the user sees.
internal sealed record ModelOptions(int Words, int PriorityWords, int Detail, bool ToAlly, bool Private, ScriptObject? Parts = null);
