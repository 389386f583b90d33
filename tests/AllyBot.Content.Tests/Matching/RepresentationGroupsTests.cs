namespace AllyBot.Content.Tests.Matching;

/// The representation check groups the audience profiles (coaching/journey-allies.yaml, question
/// "representation": choice synonyms are audience ids) to point out who is missing from a plan. A profile
/// outside every group would never be counted, so every profile belongs to exactly one group.
public sealed class RepresentationGroupsTests
{
    private static readonly IReadOnlyList<(string Group, string AudienceId)> Memberships = TestLibrary.Shipped
        .Step("allies").Question("representation").Choices
        .SelectMany(group => group.Synonyms.Select(id => (group.Id, id)))
        .ToList();

    [Fact]
    public void Representation_EveryAudienceProfile_BelongsToExactlyOneGroup()
    {
        foreach (var id in TestLibrary.Shipped.Audiences.Keys)
        {
            var groups = Memberships.Where(m => m.AudienceId == id).Select(m => m.Group).ToList();
            Assert.True(groups.Count == 1, $"Audience '{id}' is in {groups.Count} representation groups ({string.Join(", ", groups)}); it needs exactly one.");
        }
    }

    [Fact]
    public void Representation_EveryGroupMember_IsAnAudienceProfile()
    {
        Assert.All(Memberships, m => Assert.True(TestLibrary.Shipped.Audiences.ContainsKey(m.AudienceId), $"'{m.AudienceId}' in group '{m.Group}' is no audience id."));
    }
}
