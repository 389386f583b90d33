namespace AllyBot.Dialogs.Tests.Support;

/// <summary>The three scenarios of the issue, from coaching/scenarios.yaml, with the role each user picks.</summary>
internal static class Scenarios
{
    public static readonly TheoryData<string, string> All = new()
    {
        { "single-payer", "Student chapter" },
        { "patient-safety", "Student chapter" },
        { "hiv-testing", "Health department" },
    };
}
