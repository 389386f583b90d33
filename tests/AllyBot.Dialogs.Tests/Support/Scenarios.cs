namespace AllyBot.Dialogs.Tests.Support;

/// <summary>The three scenarios of the issue, from coaching/scenarios.yaml.</summary>
internal static class Scenarios
{
    public static readonly TheoryData<string> All = new() { "single-payer", "patient-safety", "hiv-testing" };
}
