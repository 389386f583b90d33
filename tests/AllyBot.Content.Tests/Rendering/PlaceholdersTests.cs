using AllyBot.Content.Rendering;

namespace AllyBot.Content.Tests.Rendering;

public sealed class PlaceholdersTests
{
    [Fact]
    public void Render_KnownValues_FillsThem()
    {
        var text = Placeholders.Render("Added {ally} ({audience}) to your plan.", ("ally", "the nurses' union"), ("audience", "labor unions"));
        Assert.Equal("Added the nurses' union (labor unions) to your plan.", text);
    }

    [Fact]
    public void Render_MissingValue_LeavesNoGapOrStrayComma()
    {
        Assert.Equal("Welcome back. Your plan is saved.", Placeholders.Render("Welcome back, {user}. Your plan is saved."));
        Assert.Equal("Hi!", Placeholders.Render("Hi {user}!"));
    }

    [Fact]
    public void Find_Text_ListsPlaceholderNames()
    {
        Assert.Equal(["ally", "goal"], Placeholders.Find("{ally} and {goal} and {ally}"));
    }

    [Fact]
    public void LibraryText_WithValues_RendersThroughLibrary()
    {
        var text = TestLibrary.Shipped.Text("allies", "ally-added", new Dictionary<string, string?> { ["ally"] = "First Baptist", ["audience"] = "faith communities" });
        Assert.Contains("First Baptist", text);
        Assert.DoesNotContain("{", text);
    }

    [Fact]
    public void ShippedLibrary_EveryText_UsesOnlyKnownPlaceholders()
    {
        var texts = TestLibrary.Shipped.Steps.Values.SelectMany(s => s.Texts.Values.Concat(s.Questions.Values.Select(q => q.Text)));
        Assert.All(texts, t => Assert.All(Placeholders.Find(t), name => Assert.Contains(name, Placeholders.Known)));
    }
}
