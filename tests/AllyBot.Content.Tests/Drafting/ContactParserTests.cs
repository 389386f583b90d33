using AllyBot.Content.Drafting;

namespace AllyBot.Content.Tests.Drafting;

public sealed class ContactParserTests
{
    [Theory]
    [InlineData("Their executive director, Tanya Brooks. Everyone in the recovery community knows her.", "Tanya Brooks", "executive director", "Everyone in the recovery community knows her.")]
    [InlineData("Dr. Alan Reyes, VP of quality", "Dr. Alan Reyes", "VP of quality", null)]
    [InlineData("the commissioner herself", null, "commissioner", null)]
    [InlineData("Commissioner Alvarez", "Commissioner Alvarez", "commissioner", null)]
    [InlineData("Dana Whitfield (president)", "Dana Whitfield", "president", null)]
    [InlineData("tanya brooks, executive director", "Tanya Brooks", "executive director", null)]
    [InlineData("dr. alan reyes, vp of quality", "Dr. Alan Reyes", "VP of quality", null)]
    [InlineData("executive director", null, "executive director", null)]
    [InlineData("The school nurse", null, "school nurse", null)]
    [InlineData("Their executive director Tanya Brooks", "Tanya Brooks", "executive director", null)]
    [InlineData("Tanya Brooks is their executive director", "Tanya Brooks", "executive director", null)]
    [InlineData("Maria Lopez, the founder", "Maria Lopez", "founder", null)]
    [InlineData("Not sure yet, maybe their outreach coordinator?", null, "outreach coordinator", null)]
    [InlineData("Priya Shah - chief resident", "Priya Shah", "chief resident", null)]
    public void Parse_TypedContact_NameTitleAndNote(string typed, string? name, string? title, string? note)
    {
        var parts = ContactParser.Parse(typed);
        Assert.Equal(name, parts.Name);
        Assert.Equal(title, parts.Title);
        Assert.Equal(note, parts.Note);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("I don't know")]
    [InlineData("")]
    public void Parse_NonAnswer_NoParts(string typed) => Assert.Equal(ContactParts.Empty, ContactParser.Parse(typed));

    [Theory]
    [InlineData("Their")]
    [InlineData("the commissioner herself")]
    [InlineData("Yes")]
    [InlineData("She runs the place")]
    public void Parse_PronounArticleOrSentence_NeverAName(string typed) => Assert.Null(ContactParser.Parse(typed).Name);

    /// The worked examples say, for each contact typed in one answer, which parts the journey should store.
    [Fact]
    public void Parse_EveryScenarioContactAnswer_GivesTheScenariosParts()
    {
        var answers = TestLibrary.Shipped.Scenarios.Values.SelectMany(s => s.Allies).Where(a => a.ContactAnswer is not null).ToList();
        Assert.True(answers.Count >= 8);
        Assert.All(answers, ally =>
        {
            var parts = ContactParser.Parse(ally.ContactAnswer);
            Assert.Equal(ally.ContactName.Length == 0 ? null : ally.ContactName, parts.Name);
            Assert.Equal(ally.ContactRole, parts.Title);
            Assert.Equal(ally.ContactNote, parts.Note);
        });
    }

    [Theory]
    [InlineData("Tanya Brooks", "Tanya", "Tanya Brooks")]
    [InlineData("Dr. Alan Reyes", "Dr. Reyes", "Dr. Reyes")]
    [InlineData("Commissioner Alvarez", "Commissioner Alvarez", "Commissioner Alvarez")]
    [InlineData("dana", "Dana", "Dana")]
    public void PersonName_Greetings_ShortAndFormal(string typed, string greeting, string formal)
    {
        var name = PersonName.Parse(typed)!;
        Assert.Equal(greeting, name.Short);
        Assert.Equal(formal, name.Formal);
    }

    [Theory]
    [InlineData("Maya, from the Eastside community action team", "Maya", "the Eastside community action team", "Eastside community action team")]
    [InlineData("Dana", "Dana", null, null)]
    [InlineData("Riverside AMSA chapter", null, "the Riverside AMSA chapter", "Riverside AMSA chapter")]
    [InlineData("the county health department's asthma program", null, "the county health department's asthma program", "County health department's asthma program")]
    [InlineData("Maya (Riverside AMSA)", "Maya", "Riverside AMSA", "Riverside AMSA")]
    [InlineData("maya", "Maya", null, null)]
    [InlineData("Dr. Lena Ortiz, County Health Department", "Dr. Lena Ortiz", "County Health Department", "County Health Department")]
    public void SenderParser_PersonGroupOrBoth(string typed, string? person, string? group, string? line)
    {
        var sender = SenderParser.Parse(typed);
        Assert.Equal(person, sender.Person);
        Assert.Equal(group, sender.Group);
        Assert.Equal(line, sender.GroupLine);
    }
}
