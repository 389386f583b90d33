using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Content.Loading;
using AllyBot.Dialogs.Presentation;
using AllyBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>
/// The real host with a stand-in bot, so the widget's rendering can be checked whatever state the coaching journey
/// is in: it greets with a full coalition plan as the real plan card (<see cref="PlanCard"/>, with the library's
/// labels and long, realistic answers), and answers "pitches" with the two versions of a pitch as separate plain
/// messages carrying the <c>allybot.pitch</c> entity, as the journey sends them; "many" fills a long history.
/// </summary>
public sealed class StandInBotFixture : BotHostFixture
{
    public const string Greeting = "Here is your plan so far.";
    public const string AskForPitches = "pitches";

    /// <summary>Typed, makes the bot send <see cref="ManyMessages"/> numbered messages ("Message 1" …), for a long history.</summary>
    public const string AskForManyMessages = "many";

    public const int ManyMessages = 120;
    public const string Ally = "Eastside nurses' union";

    // Shaped as the drafter writes them: the greeting on its own line; the long version in paragraphs with the
    // sign-off under them.
    public const string ShortPitch =
        "Hi Maria,\nWould you be willing to bring two nurses to our meeting with the hospital's quality committee? In return, we can share every patient story we collect in the emergency department.";

    public const string LongPitch =
        "Dear Maria Okafor,\n\nI'm with the Northfield medical students. Nurses see every missed HIV diagnosis first, and you've said that " +
        "testing falls on your members without time or training.\n\nWe're asking the hospital to make opt-out testing routine in the " +
        "emergency department, with the staffing to do it. Would you be willing to bring two nurses to our meeting with the quality " +
        "committee on 3 December? In return, we can share every patient story we collect and stand with you at the staffing hearing." +
        "\n\nIn solidarity,\nNorthfield Medical Students for Health Equity";

    protected override BotStore Store => BotStore.Memory;

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IBot, StandInBot>();

    /// <summary>A plan with every part filled, the longest labels of the library among them.</summary>
    public static PlanOutline FullPlan()
    {
        var library = ContentLoader.Load();
        string L(string key) => library.Text("plan", key);
        string Choice(string step, string question, string id) => library.Step(step).Question(question).Choice(id).Title;
        PlanFact F(string key, string value) => new(L(key), value);

        var allies = new List<AllyOutline>
        {
            new(Ally,
            [
                F("audience", Capitalized(library.Audience("labor-unions").Name)),
                F("stance", Choice("allies", "stance", "passive-ally")),
                F("contact", "Maria Okafor (chief steward, emergency department)"),
                F("bridge", "Dr. Alan Reyes, who chairs the residents' wellness committee"),
                F("self-interest", "Safe staffing when testing is added to triage, and credit for patient safety"),
                F("ask", "bring two nurses to our meeting with the quality committee"),
                F("offer", "share every patient story we collect and stand with them at the staffing hearing"),
                F("duration", Choice("exchange", "duration", "ongoing")),
                F("lead", Choice("exchange", "who-leads", "shared")),
                F("culture", "Decisions go through the stewards' council, which meets on the first Monday of the month"),
                F("boundaries", "We don't speak for nurses in the press"),
                F("commitment", Choice("exchange", "commitment-check", "unsure")),
            ]),
            new("County health department (HIV prevention unit)",
            [
                F("audience", Capitalized(library.Audience("public-health-agencies").Name)),
                F("stance", Choice("allies", "stance", "active-ally")),
                F("ask", "lend us their testing data for the emergency department proposal"),
                F("offer", "staff two walk-in testing days with trained student volunteers"),
            ]),
        };

        return new PlanOutline(
            L("title"),
            "Routine opt-out HIV testing in the county hospital's emergency department",
            [
                F("scope", Choice("goal", "scope", "about-right")),
                F("issue", "People with HIV in our county are diagnosed years late, often only after they fall ill"),
                F("solution", "The emergency department offers an HIV test to every adult unless they say no"),
                F("not-the-issue", "Nurse staffing ratios, which the union is negotiating separately"),
                F("gaps", "Someone who knows the hospital's quality committee; data on missed diagnoses"),
            ],
            L("allies"),
            L("no-allies"),
            allies,
            L("pitches"),
            [new PitchOutline(Ally, ShortPitch, LongPitch, "mandate, burden", "naco-coalitions")],
            L("sustain"),
            [
                F("first-task", "Count missed diagnoses in last year's emergency department records"),
                F("early-win", "The quality committee puts opt-out testing on its agenda"),
                F("meeting-rhythm", Choice("sustain", "meeting-rhythm", "monthly")),
                F("point-person", "Priya, our chapter's advocacy chair"),
            ],
            new PlanLabels(L("goal"), L("short"), L("long"), L("words-to-avoid"), L("sources")));
    }

    private static string Capitalized(string text) => string.Concat(char.ToUpperInvariant(text[0]).ToString(), text[1..]);

    private sealed class StandInBot : IBot
    {
        private static readonly CardButtons Buttons = new("Export", "Menu", "Delete my data");

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            var activity = turnContext.Activity;
            if (activity.Type == ActivityTypes.ConversationUpdate)
            {
                var reply = MessageFactory.Attachment(PlanCard.Build(FullPlan(), Buttons), Greeting);
                reply.SuggestedActions = new SuggestedActions([new CardAction(ActionTypes.ImBack, "Draft pitches", AskForPitches)]);
                await turnContext.SendActivityAsync(reply, cancellationToken);
            }
            else if (activity.Type == ActivityTypes.Message && string.Equals(activity.Text, AskForPitches, StringComparison.OrdinalIgnoreCase))
            {
                // Exactly as the journey sends them: plain text marked with the allybot.pitch entity.
                await turnContext.SendActivityAsync(PitchEntity.Message(ShortPitch, PitchEntity.Short, Ally), cancellationToken);
                await turnContext.SendActivityAsync(PitchEntity.Message(LongPitch, PitchEntity.Long, Ally), cancellationToken);
            }
            else if (activity.Type == ActivityTypes.Message && string.Equals(activity.Text, AskForManyMessages, StringComparison.OrdinalIgnoreCase))
            {
                for (var i = 1; i <= ManyMessages; i++)
                    await turnContext.SendActivityAsync(MessageFactory.Text($"Message {i}"), cancellationToken);
            }
        }
    }
}
