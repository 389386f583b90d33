using AllyBot.Builder.State;
using AllyBot.Content.Loading;
using AllyBot.Content.Validation;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests.State;

/// <summary>
/// A command id the dialogs do not handle (a chapter overlay adding 'pause' to the interruptions' commands) is
/// refused by lint, and even a library loaded without that check never turns it into "delete my data".
/// </summary>
public sealed class UnknownCommandTests : IDisposable
{
    private readonly string _overlay = Path.Combine(Path.GetTempPath(), "allybot-tests", Guid.NewGuid().ToString("N"));

    public UnknownCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_overlay, "coaching"));
        File.WriteAllText(Path.Combine(_overlay, "coaching", "interruptions.yaml"), """
            step: interruptions
            questions:
              - id: commands
                text: "You can type one of these at any time."
                help: "These words work in every step of the conversation."
                examples: ["back", "pause"]
                reprompt: "Type 'help' to see the commands."
                choices:
                  - { id: help, title: "Help", synonyms: ["help", "?"] }
                  - { id: back, title: "Back", synonyms: ["back"] }
                  - { id: delete-my-data, title: "Delete my data", synonyms: ["delete my data"] }
                  - { id: pause, title: "Pause", synonyms: ["pause", "hold on"] }
                source: [amsa-creating-allies]
            """);
    }

    public void Dispose() => Directory.Delete(_overlay, recursive: true);

    [Fact]
    public void Lint_OverlayAddingAnUnknownCommand_RejectsItWithFileAndLine()
    {
        var problems = ContentLinter.Lint(_overlay, contract: JourneyContentContract.Instance);

        var problem = Assert.Single(problems);
        Assert.EndsWith(Path.Combine("coaching", "interruptions.yaml"), problem.File);
        Assert.True(problem.Line > 0);
        Assert.Contains("'pause'", problem.Message);
    }

    [Fact]
    public async Task UnknownCommand_LoadedWithoutTheCheck_SaysItCannotDoThatAndYesDeletesNothing()
    {
        var library = ContentLoader.LoadFolder(_overlay);
        var storage = new MemoryStorage();
        using var host = new JourneyHost(storage, library: library);
        await host.SayAsync("hi");
        await host.SayAsync(Words.Choice("welcome", "start", "full-plan"));
        await host.SayAsync("Maya");
        var question = (await host.SayAsync("Safer streets")).Last().Text;

        var paused = await host.SayAsync("pause");
        var yes = await host.SayAsync("yes");

        Assert.Equal(Words.Text("interruptions", "unknown-command"), paused.First().Text);
        Assert.Equal(question, paused.Last().Text);
        Assert.DoesNotContain(yes, reply => reply.Text == Words.Text("interruptions", "deleted"));
        Assert.Equal("Safer streets", (await host.RecordAsync()).Plan.Goal.Statement);
    }

    [Fact]
    public void Lint_ShippedLibrary_MeetsTheDialogsContract()
    {
        Assert.Empty(ContentLinter.LintShipped(JourneyContentContract.Instance));
    }
}
