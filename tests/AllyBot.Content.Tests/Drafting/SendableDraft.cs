using AllyBot.Content.Drafting;
using Xunit.Abstractions;

namespace AllyBot.Content.Tests.Drafting;

/// Drafts a pitch with the template drafter over the shipped library, prints it, and fails the test unless both
/// PitchValidator and the independent reading (PitchReading) find it sendable.
internal static class SendableDraft
{
    private static readonly TemplatePitchDrafter Drafter = new(TestLibrary.Shipped);
    private static readonly PitchValidator Validator = new(TestLibrary.Shipped);

    public static Pitch For(PitchRequest request, ITestOutputHelper output)
    {
        var pitch = Drafter.Draft(request);
        output.WriteLine($"{pitch.Short}\n---\n{pitch.Long}\n");
        var problems = Validator.Check(pitch, request).Concat(PitchReading.Problems(pitch.Short, 80)).Concat(PitchReading.Problems(pitch.Long, 250)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return pitch;
    }
}
