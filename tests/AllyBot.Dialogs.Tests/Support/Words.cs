namespace AllyBot.Dialogs.Tests.Support;

/// <summary>Library texts the tests expect to see, looked up by key so a content edit does not break them.</summary>
internal static class Words
{
    public static string Text(string step, string key) => JourneyHost.Library.Step(step).Text(key);

    public static string Question(string step, string id) => JourneyHost.Library.Step(step).Question(id).Text;

    public static string Reprompt(string step, string id) => JourneyHost.Library.Step(step).Question(id).Reprompt;

    public static string Choice(string step, string question, string choice) =>
        JourneyHost.Library.Step(step).Question(question).Choice(choice).Title;
}
