using AllyBot.Content.Generative.Answers;
using Xunit.Abstractions;
using AllyBot.Content.Matching;
using AllyBot.Content.Model;

namespace AllyBot.Content.Tests.Generative;

/// Coaching answers offline, from the shipped library: the best passages verbatim, with their sources named.
public sealed class CoachingAnswersTests(ITestOutputHelper output)
{
    private static readonly ContentLibrary Library = TestLibrary.Shipped;
    private static readonly CoachingAnswers Answers = new(Library, new AudienceMatcher(Library));

    private async Task<CoachingAnswer> AskAsync(string question, CoachingContext? context = null)
    {
        var answer = await Answers.AnswerAsync(question, context);
        output.WriteLine($"Q: {question}\n{answer.Text}\n");
        return answer;
    }

    [Fact]
    public async Task ApproachAPastor_GivesTheFaithCommunitiesApproach()
    {
        var answer = await AskAsync("how do I approach a pastor?");

        Assert.False(answer.FromModel);
        Assert.StartsWith(Library.Text(GenerativeIds.Step, GenerativeIds.AnswerIntroText), answer.Text);
        Assert.Contains(Library.Audience("faith-communities").Approach[0], answer.Text);
        Assert.All(answer.Passages.Where(p => p.AudienceId is not null), p => Assert.Equal("faith-communities", p.AudienceId));
        Assert.Contains(Library.Source("amsa-creating-allies").Title, answer.Text);
    }

    [Fact]
    public async Task WhatIfTheySayNo_GivesTheTipsForANo()
    {
        var answer = await AskAsync("what if they say no?");

        Assert.Contains(Library.Tip("contact/not-last-meeting").Text, answer.Text);
        Assert.Contains(Library.Source("amsa-creating-allies").Title, answer.Text);
        Assert.True(answer.Passages.Count >= 2);
    }

    [Fact]
    public async Task FindCommunityOrganizers_GivesTheFindOrganizersTip()
    {
        var answer = await AskAsync("how do I find community organizers?");

        Assert.Equal("allies/find-organizers", answer.Passages[0].Id);
        Assert.Contains(Library.Tip("allies/find-organizers").Text, answer.Text);
        Assert.Contains(Library.Source("hd-community-organizers").Title, answer.Text);
    }

    [Fact]
    public async Task ApproachThem_UsesTheAllyInContext()
    {
        var answer = await AskAsync("what questions should I ask them?", new CoachingContext(AudienceId: "labor-unions"));

        Assert.Contains(answer.Passages, p => p.Id == "labor-unions/questions");
        Assert.Contains(Library.Text(GenerativeIds.Step, GenerativeIds.AnswerQuestionsText), answer.Text);
        Assert.DoesNotContain(answer.Passages, p => p.AudienceId is not null and not "labor-unions");
    }

    [Fact]
    public async Task NothingInTheLibrary_SaysSo()
    {
        var answer = await AskAsync("what's the capital of Mongolia?");

        Assert.False(answer.Found);
        Assert.Equal(Library.Text(GenerativeIds.Step, GenerativeIds.AnswerNoneText), answer.Text);
    }

    [Fact]
    public async Task SameQuestion_SameAnswer()
    {
        var first = await Answers.AnswerAsync("how do I keep the coalition together?");
        var second = await new CoachingAnswers(Library, new AudienceMatcher(Library)).AnswerAsync("how do I keep the coalition together?");

        Assert.Equal(first.Text, second.Text);
    }
}
