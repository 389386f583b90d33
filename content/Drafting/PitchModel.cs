using AllyBot.Content.Model;
using Scriban.Runtime;

namespace AllyBot.Content.Drafting;

/// The variables a pitch or brief template can use. Documented in docs/content-authoring.md:
/// goal.{statement,issue,solution}; ally.{name,stance,self_interest,ask,offer,own_self_interest,own_ask,own_offer};
/// ally.{ask_is_action,offer_is_action}; goal.{is_action,solution_is_action}; contact.{name,role,greeting}; sender.name; audience.{id,name,value,values,word,words,words_to_avoid,self_interest,
/// self_interests,ask,asks,offer,offers,story_hook,approach,questions}.
/// User-typed fields are clamped to inputWords words; empty ones are null (falsy in templates). Typed answers
/// are tidied to sit inside a sentence (AnswerText): no trailing period, a common leading word in lower case,
/// "we will …" / "they could …" dropped from offers and asks, and in pitches (toAlly) "their" read as "your".
internal static class PitchModel
{
    /// The ally's name, self-interest, ask and offer as templates see them (typed, clamped, or the profile's).
    /// The ask and the offer are what a pitch is for, so when space is short they keep up to
    /// priorityWords words while the other fields shrink to inputWords.
    public static PitchFields Fields(PitchRequest request, AudienceProfile audience, int inputWords, int? priorityWords = null, bool toAlly = false)
    {
        var ally = request.Ally;
        var priority = Math.Max(inputWords, priorityWords ?? inputWords);
        return new PitchFields(
            Field(AnswerText.Clause(ally.Name), inputWords) ?? audience.Name,
            Field(AnswerText.SelfInterest(ally.SelfInterest, toAlly), inputWords) ?? audience.SelfInterests[0],
            Field(AnswerText.Ask(ally.Ask, toAlly), priority) ?? audience.Asks[0],
            Field(AnswerText.Offer(ally.Offer, toAlly), priority) ?? audience.Offers[0]);
    }

    public static ScriptObject Build(PitchRequest request, AudienceProfile audience, int inputWords, int? priorityWords = null, bool toAlly = false)
    {
        string? Field(string? text) => PitchModel.Field(text, inputWords);
        var ally = request.Ally;
        var fields = Fields(request, audience, inputWords, priorityWords, toAlly);
        var statement = Field(AnswerText.Clause(request.Goal.Statement));
        var solution = Field(AnswerText.Clause(request.Goal.Solution));

        var model = new ScriptObject();
        model["goal"] = Object(
            ("statement", statement), ("issue", Field(AnswerText.Clause(request.Goal.Issue))),
            ("solution", solution), ("is_action", AnswerText.IsAction(statement)),
            ("solution_is_action", AnswerText.IsAction(solution)));
        model["ally"] = Object(
            ("name", fields.AllyName), ("stance", ally.Stance.ToId()),
            ("self_interest", fields.SelfInterest), ("ask", fields.Ask), ("offer", fields.Offer),
            ("ask_is_action", AnswerText.IsLikelyAction(fields.Ask)),
            ("offer_is_action", AnswerText.IsAction(fields.Offer)),
            ("own_self_interest", Field(ally.SelfInterest) is not null),
            ("own_ask", Field(ally.Ask) is not null),
            ("own_offer", Field(ally.Offer) is not null));
        var contactName = Field(AnswerText.ContactName(ally.ContactName));
        model["contact"] = Object(
            ("name", contactName), ("role", Field(AnswerText.Clause(ally.ContactRole))),
            ("greeting", contactName is null ? null : AnswerText.GreetingName(contactName)));
        model["sender"] = Object(("name", Field(request.SenderName)));
        model["audience"] = Object(
            ("id", audience.Id), ("name", audience.Name),
            ("value", audience.Values[0]), ("values", Array(audience.Values)),
            ("word", audience.WordsTheyUse[0]), ("words", Array(audience.WordsTheyUse)),
            ("words_to_avoid", Array(audience.WordsToAvoid)),
            ("self_interest", audience.SelfInterests[0]), ("self_interests", Array(audience.SelfInterests)),
            ("ask", audience.Asks[0]), ("asks", Array(audience.Asks)),
            ("offer", audience.Offers[0]), ("offers", Array(audience.Offers)),
            ("story_hook", audience.StoryHook), ("approach", Array(audience.Approach)),
            ("questions", Array(audience.QuestionsToAsk)));
        model["opening"] = ""; // set by the meeting brief drafter to the rendered opening line
        return model;
    }

    public static string? Field(string? text, int inputWords) =>
        string.IsNullOrWhiteSpace(text) ? null : WordLimiter.Clamp(text, inputWords);

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

internal sealed record PitchFields(string AllyName, string SelfInterest, string Ask, string Offer);
