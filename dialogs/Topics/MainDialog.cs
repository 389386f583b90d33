using AllyBot.Builder.Dialogs;
using AllyBot.Dialogs.Journey;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// The root dialog: the router and every topic (welcome, menu, resume, goal, allies with each ally's contact,
/// value exchange and pitch, keeping together, meeting prep). It only ends when the user deletes their data.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    public const string MainId = "allybot.main";

    public MainDialog(JourneyServices services)
        : base(MainId)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddDialog(new JourneyRouter(services));
        AddDialog(new WelcomeDialog(services));
        AddDialog(new MenuDialog(services));
        AddDialog(new ResumeDialog(services));
        AddDialog(new GoalDialog(services));
        AddDialog(new AlliesDialog(services));
        AddDialog(new SustainDialog(services));
        AddDialog(new MeetingPrepDialog(services));
        InitialDialogId = JourneyRouter.RouterId;
    }
}
