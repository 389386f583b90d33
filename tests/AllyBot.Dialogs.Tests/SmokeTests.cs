using AllyBot.Builder.State;
using AllyBot.Dialogs.Tests.Support;
using Xunit.Abstractions;

namespace AllyBot.Dialogs.Tests;

public sealed class SmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Dump()
    {
        using var host = new JourneyHost(new MemoryStorage());
        foreach (var say in new[] { "hi", "Riverside AMSA", "Student chapter", "Single payer for all", "about right", "help", "back", "skip", "Patients delay care", "plan" })
        {
            var replies = await host.SayAsync(say);
            output.WriteLine($"> {say}");
            foreach (var r in replies)
                output.WriteLine($"  [{r.Type}] {r.Text} {string.Join(" | ", r.ButtonTitles())}");
            output.WriteLine($"  @ {await host.CurrentAsync()}");
        }
    }
}
