namespace AllyBot.Dialogs.Coaching;

/// <summary>The welcome step's who-are-you choice ids: the roles the dialogs know (see <see cref="JourneyContentContract"/>).</summary>
public static class RoleIds
{
    public const string StudentChapter = "student-chapter";
    public const string CommunityTeam = "community-team";
    public const string HealthDepartment = "health-department";
    public const string Organizer = "organizer";
    public const string SomethingElse = "something-else";

    public static IReadOnlyList<string> All { get; } = [StudentChapter, CommunityTeam, HealthDepartment, Organizer, SomethingElse];
}

/// <summary>The audience profile ids the dialogs name in code; lint checks that the library has each.</summary>
public static class AudienceIds
{
    public const string CommunityOrganizers = "community-organizers";
    public const string CommunityServiceOrganizations = "community-service-organizations";

    public static IReadOnlyList<string> All { get; } = [CommunityOrganizers, CommunityServiceOrganizations];
}
