using System.Text.Json;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Builder.State;

namespace AllyBot.Builder.Tests.Dialogs;

/// <summary>
/// The dialog stack is saved as JSON after every turn. These tests rebuild every object between turns
/// (new dialogs, new ConversationState, new adapter; only the storage is kept), as a restarted or
/// second bot instance would, and check the conversation carries on exactly.
/// </summary>
public class StatePersistenceTests
{
    /// <summary>A fresh copy of the same dialog tree, as a new process would build it.</summary>
    private static ComponentDialog BuildTopic()
    {
        var topic = new ComponentDialog("topic");
        topic.AddDialog(new WaterfallDialog<Draft>("steps")
            .AddStep((step, ct) =>
            {
                step.Values.Set("startedWith", step.GetOptions<string>());
                return step.PromptAsync("text", Ask.Text("Goal?"), ct);
            })
            .AddStep((step, ct) =>
            {
                step.State.Goal = step.GetResult<string>();
                step.State.Tags.Add("goal");
                var options = new PromptOptions
                {
                    Prompt = MessageFactory.Text("Audience?"),
                    RetryPrompt = MessageFactory.Text("Pick an audience."),
                    Choices = [new Choice("Clinicians") { Synonyms = ["doctors"] }, new Choice("Parents")],
                    Style = ListStyle.Inline,
                    Validations = new { reason = "kept" },
                    MaxAttempts = 3,
                };
                return step.PromptAsync("choice", options, ct);
            })
            .AddStep(async (step, ct) =>
            {
                step.State.Audience = step.GetResult<FoundChoice>()!.Value;
                await step.Context.SendActivityAsync($"{step.State.Goal} / {step.State.Audience} / {string.Join(",", step.State.Tags)} / {step.Values.Get<string>("startedWith") ?? "no options"}", cancellationToken: ct);
                return await step.EndDialogAsync(step.State, ct);
            }));
        topic.AddDialog(new TextPrompt("text"));
        topic.AddDialog(new ChoicePrompt("choice"));
        return topic;
    }

    [Fact]
    public async Task Conversation_EveryTurnOnFreshObjects_ContinuesFromStorage()
    {
        var storage = new MemoryStorage();

        await new DialogHarness(BuildTopic(), storage).Flow().Test("hi", "Goal?").StartTestAsync();
        await new DialogHarness(BuildTopic(), storage).Flow().Test("Fewer asthma ER visits", "Audience? (1) Clinicians or (2) Parents").StartTestAsync();
        await new DialogHarness(BuildTopic(), storage).Flow().Test("teachers", "Pick an audience. (1) Clinicians or (2) Parents").StartTestAsync();
        var last = new DialogHarness(BuildTopic(), storage);
        await last.Flow().Test("the doctors", "Fewer asthma ER visits / Clinicians / goal / no options").StartTestAsync();

        var draft = last.LastResult.GetResult<Draft>()!;
        Assert.Equal("Clinicians", draft.Audience);
        Assert.Equal(0, await last.StoredStackDepthAsync());
    }

    [Fact]
    public async Task StoredState_IsPlainJsonWithStackIdsAndTypedValues()
    {
        var harness = new DialogHarness(BuildTopic());
        await harness.Flow().Test("hi", "Goal?").Test("Safer routes to school", "Audience? (1) Clinicians or (2) Parents").StartTestAsync();

        var stored = await harness.StoredDialogStateAsync();
        var outer = stored.GetProperty("dialogStack");
        Assert.Equal("topic", Assert.Single(outer.EnumerateArray()).GetProperty("id").GetString());
        var inner = outer[0].GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack");
        Assert.Equal(["choice", "steps"], inner.EnumerateArray().Select(i => i.GetProperty("id").GetString()));

        var prompt = inner[0].GetProperty("state");
        Assert.Equal("Audience?", prompt.GetProperty("options").GetProperty("prompt").GetProperty("text").GetString());
        Assert.Equal("kept", prompt.GetProperty("options").GetProperty("validations").GetProperty("reason").GetString());
        Assert.Equal(0, prompt.GetProperty("state").GetProperty("AttemptCount").GetInt32());

        var waterfall = inner[1].GetProperty("state");
        Assert.Equal(1, waterfall.GetProperty("stepIndex").GetInt32());
        Assert.Equal("Safer routes to school", waterfall.GetProperty("typedState").GetProperty("goal").GetString());
        Assert.Equal(JsonValueKind.Object, waterfall.GetProperty("values").ValueKind);
    }

    [Fact]
    public void DialogValues_RestoredFromJson_ConvertOnceAndStayLive()
    {
        var values = new DialogValues(new Dictionary<string, object?>
        {
            ["list"] = JsonSerializer.Deserialize<JsonElement>("""["a"]"""),
            ["nothing"] = JsonSerializer.Deserialize<JsonElement>("null"),
        });

        var list = values.Get<List<string>>("list")!;
        list.Add("b");

        Assert.Equal(["a", "b"], values.Get<List<string>>("list"));
        Assert.Null(values.Get<string>("nothing"));
        Assert.False(values.TryGet<string>("absent", out _));
        Assert.Equal(5, values.GetOrAdd("count", () => 5));
        Assert.True(values.Remove("count"));
    }

    public sealed class Draft
    {
        public string? Goal { get; set; }

        public string? Audience { get; set; }

        public List<string> Tags { get; set; } = [];
    }
}
