using AllyBot.Content.Generative;
using AllyBot.Content.Generative.Answers;
using AllyBot.Content.Matching;
using AllyBot.FakeOpenAI;

namespace AllyBot.Bot.Tests.Generative;

/// <summary>Coaching answers phrased by the (fake) model: grounded in the retrieved passages, or the verbatim tips.</summary>
public sealed class CoachingAnswersModelTests : IAsyncLifetime
{
    private const string Question = "how do I approach a pastor?";
    private GenerativeRig _rig = null!;
    private CoachingAnswers _answers = null!;

    public async Task InitializeAsync()
    {
        _rig = await GenerativeRig.StartAsync();
        _answers = new CoachingAnswers(GenerativeRig.Library, new AudienceMatcher(GenerativeRig.Library), _rig.Caller);
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private static FakeReply Answer(string text, params string[] sources) =>
        FakeReply.Json(new Dictionary<string, object> { ["answer"] = text, ["sources"] = sources });

    [Fact]
    public async Task GroundedPhrasing_IsShownWithItsSourcesNamed()
    {
        _rig.Model.Enqueue(Answer("Ask for a meeting with the pastor or faith leader first, and respect their calendar of worship. Connect the issue to their tradition's own values, in their words.", "amsa-creating-allies"));

        var answer = await _answers.AnswerAsync(Question);

        Assert.True(answer.FromModel);
        Assert.StartsWith("Ask for a meeting with the pastor", answer.Text);
        Assert.Contains(GenerativeRig.Library.Source("amsa-creating-allies").Title, answer.Text);
        var sent = Assert.Single(_rig.Model.Requests);
        Assert.Equal(Question, sent.Data.GetProperty("question").GetString());
        Assert.Contains(sent.Data.GetProperty("passages").EnumerateArray(), p => p.GetProperty("id").GetString()!.StartsWith("faith-communities/", StringComparison.Ordinal));
        var allowed = sent.Schema!.Value.GetProperty("properties").GetProperty("sources").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("amsa-creating-allies", allowed);
    }

    [Theory]
    [InlineData("Call Reverend Smith at Mount Zion on Sunday.", "amsa-creating-allies")]
    [InlineData("Ask for a meeting with the pastor first.", "some-blog")]
    [InlineData("Ask for a meeting with the pastor first.")]
    public async Task UngroundedPhrasing_GivesTheVerbatimTips(string text, params string[] sources)
    {
        _rig.Model.Enqueue(Answer(text, sources));

        var answer = await _answers.AnswerAsync(Question);

        Assert.False(answer.FromModel);
        Assert.NotNull(answer.Fallback);
        Assert.Equal(await new CoachingAnswers(GenerativeRig.Library, new AudienceMatcher(GenerativeRig.Library)).AnswerAsync(Question) is { } offline ? offline.Text : null, answer.Text);
    }

    [Fact]
    public async Task ModelDown_GivesTheVerbatimTips()
    {
        _rig.Model.Enqueue(FakeReply.ServerError());

        var answer = await _answers.AnswerAsync(Question);

        Assert.False(answer.FromModel);
        Assert.Equal(FallbackReason.ServiceError, answer.Fallback);
        Assert.Contains(GenerativeRig.Library.Audience("faith-communities").Approach[0], answer.Text);
    }
}
