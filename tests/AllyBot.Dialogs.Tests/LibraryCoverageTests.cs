using AllyBot.Builder.State;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Tests.Support;
using AllyBot.Dialogs.Topics;

namespace AllyBot.Dialogs.Tests;

/// <summary>Every question the dialogs ask has its words in the shipped library (so nothing fails at a question nobody walked to).</summary>
public sealed class LibraryCoverageTests
{
    public static readonly TheoryData<string> Topics = new()
    {
        JourneySteps.Welcome, JourneySteps.Menu, JourneySteps.Resume, JourneySteps.Goal, JourneySteps.Allies, JourneySteps.Sustain, JourneySteps.Prep,
    };

    [Theory]
    [MemberData(nameof(Topics))]
    public void EveryQuestionOfTheTopic_IsInTheLibrary_WithHelpExamplesAndARePrompt(string topicId)
    {
        using var host = new JourneyHost(new MemoryStorage());
        var topic = Assert.IsAssignableFrom<QuestionTopicDialog>(host.Service<MainDialog>().FindDialog(topicId));

        Assert.NotEmpty(topic.Steps);
        foreach (var step in topic.Steps)
        {
            var question = JourneyHost.Library.Step(topic.ContentStepOf(step)).Question(step.Id);
            Assert.False(string.IsNullOrWhiteSpace(question.Help), step.Id);
            Assert.NotEmpty(question.Examples);
            Assert.False(string.IsNullOrWhiteSpace(question.Reprompt), step.Id);
            foreach (var field in step.Fields)
                Assert.True(topic.HasStep(field), $"The form {step.Id} names a field {field} the topic does not ask.");
        }
    }
}
