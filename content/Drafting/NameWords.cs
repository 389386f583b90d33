namespace AllyBot.Content.Drafting;

/// <summary>
/// Word lists for telling a person's name from a role, a group or a non-answer. Grammar, not coaching: these
/// decide only whether a typed phrase can stand after "Hi" or "Dear".
/// </summary>
internal static class NameWords
{
    /// Words that can stand before a surname ("Dr. Reyes", "Commissioner Alvarez"). Keys are lower case, without
    /// the period; values are how they are written.
    public static readonly IReadOnlyDictionary<string, string> Honorifics = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dr"] = "Dr.", ["doctor"] = "Dr.", ["mr"] = "Mr.", ["mrs"] = "Mrs.", ["ms"] = "Ms.", ["mx"] = "Mx.", ["miss"] = "Miss",
        ["prof"] = "Prof.", ["professor"] = "Professor", ["rev"] = "Rev.", ["reverend"] = "Reverend", ["pastor"] = "Pastor",
        ["father"] = "Father", ["fr"] = "Fr.", ["sister"] = "Sister", ["brother"] = "Brother", ["rabbi"] = "Rabbi",
        ["imam"] = "Imam", ["bishop"] = "Bishop", ["deacon"] = "Deacon", ["elder"] = "Elder",
        ["councilmember"] = "Councilmember", ["councilwoman"] = "Councilwoman", ["councilman"] = "Councilman",
        ["councilor"] = "Councilor", ["commissioner"] = "Commissioner", ["senator"] = "Senator", ["sen"] = "Sen.",
        ["rep"] = "Rep.", ["representative"] = "Representative", ["assemblymember"] = "Assemblymember",
        ["alderman"] = "Alderman", ["alderwoman"] = "Alderwoman", ["mayor"] = "Mayor", ["governor"] = "Governor",
        ["gov"] = "Gov.", ["judge"] = "Judge", ["chief"] = "Chief", ["dean"] = "Dean", ["director"] = "Director",
        ["supervisor"] = "Supervisor", ["superintendent"] = "Superintendent", ["principal"] = "Principal",
        ["sheriff"] = "Sheriff", ["delegate"] = "Delegate", ["nurse"] = "Nurse", ["coach"] = "Coach",
        ["captain"] = "Captain", ["provost"] = "Provost", ["president"] = "President", ["chair"] = "Chair",
    };

    /// Titles that are a polite greeting on their own ("Dear Commissioner,", "Dear Pastor,").
    public static readonly HashSet<string> FormalAlone = new(StringComparer.Ordinal)
    {
        "commissioner", "senator", "representative", "councilmember", "councilwoman", "councilman", "councilor",
        "assemblymember", "alderman", "alderwoman", "mayor", "governor", "judge", "dean", "pastor", "reverend",
        "rabbi", "imam", "father", "bishop", "superintendent", "principal", "sheriff", "provost", "supervisor", "delegate",
    };

    /// Never a name: pronouns, articles, answers, fillers.
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers",
        "they", "them", "their", "theirs", "it", "its", "this", "that", "these", "those", "the", "a", "an", "yes", "no",
        "yeah", "yep", "yup", "nope", "nah", "ok", "okay", "none", "nobody", "noone", "someone", "somebody", "anyone",
        "anybody", "everyone", "everybody", "not", "sure", "unknown", "idk", "dunno", "herself", "himself", "themselves",
        "myself", "there", "here", "who", "whoever", "maybe", "probably", "thanks", "thank", "hi", "hello", "hey",
        "dear", "and", "or", "of", "at", "in", "on", "for", "from", "with", "to", "by", "is", "are", "was", "were", "be",
        "knows", "know", "runs", "run", "works", "work", "leads", "lead", "can", "could", "would", "should", "will",
        "all", "any", "some", "one", "two", "team", "friends", "folks", "people", "staff", "skip", "later", "same",
    };

    /// Head words of a role or title ("executive director", "VP of quality", "charge nurse").
    public static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "director", "executive", "president", "vice", "vp", "chair", "chairperson", "chairwoman", "chairman", "manager",
        "coordinator", "organizer", "founder", "co-founder", "cofounder", "ceo", "cfo", "coo", "cmo", "cno", "cto", "head",
        "dean", "provost", "professor", "nurse", "doctor", "physician", "pastor", "priest", "reverend", "rabbi", "imam",
        "minister", "deacon", "elder", "bishop", "commissioner", "councilmember", "councilwoman", "councilman", "councilor",
        "senator", "representative", "rep", "mayor", "governor", "aide", "staffer", "secretary", "treasurer", "officer",
        "steward", "leader", "captain", "principal", "teacher", "superintendent", "administrator", "supervisor", "advisor",
        "adviser", "epidemiologist", "editor", "reporter", "producer", "journalist", "trustee", "owner", "clerk", "chief",
        "analyst", "specialist", "navigator", "chaplain", "liaison", "counsel", "attorney", "lawyer", "librarian",
        "sheriff", "judge", "delegate", "assemblymember", "alderman", "alderwoman", "lead", "researcher", "scientist",
        "planner", "strategist", "consultant", "facilitator", "moderator", "convener", "spokesperson", "contact", "boss",
        "partner", "member", "volunteer", "resident", "fellow", "dir", "mgr", "ed", "md", "rn", "np",
    };

    /// Head words of an organization or group ("union", "clinic", "council").
    public static readonly HashSet<string> OrgWords = new(StringComparer.Ordinal)
    {
        "union", "local", "association", "society", "council", "department", "dept", "program", "programme", "coalition",
        "alliance", "network", "clinic", "center", "centre", "hospital", "church", "congregation", "parish", "mosque",
        "synagogue", "temple", "ministry", "school", "college", "university", "district", "board", "committee",
        "commission", "office", "agency", "team", "chapter", "club", "group", "organization", "organisation", "nonprofit",
        "foundation", "fund", "trust", "caucus", "federation", "league", "party", "collective", "project", "initiative",
        "partnership", "cooperative", "co-op", "company", "business", "firm", "chamber", "bank", "pantry", "shelter",
        "library", "ymca", "ywca", "newspaper", "paper", "station", "magazine", "press", "radio", "lab", "institute",
        "authority", "service", "services", "system", "plan", "campaign", "unit", "ward", "floor", "practice", "pharmacy",
        "corporation", "inc", "llc", "co", "coop", "cooperative", "assembly", "council's", "taskforce", "force", "panel",
        "consortium", "guild", "academy", "society's", "department's", "hall", "house", "kitchen", "garden", "market",
        // Words that name organizations more often than people ("First Baptist", "County Health").
        "baptist", "methodist", "lutheran", "catholic", "presbyterian", "episcopal", "first", "united", "holy",
        "community", "county", "city", "state", "national", "american", "health", "medical", "free", "public",
        "elementary", "middle", "high", "charter", "works", "united", "recovery", "action", "alliance", "families",
    };

    /// Plural words for people ("nurses", "tenants"): an ally named by them is a group of people, not one person.
    public static readonly HashSet<string> PeopleWords = new(StringComparer.Ordinal)
    {
        "nurses", "physicians", "doctors", "clinicians", "residents", "students", "parents", "families", "tenants",
        "neighbors", "neighbours", "workers", "members", "volunteers", "teachers", "leaders", "pastors", "youth",
        "aides", "organizers", "advocates", "survivors", "patients", "moms", "mothers", "fathers", "dads", "seniors",
        "elders", "veterans", "riders", "drivers", "owners", "farmers", "faculty", "staff", "employees", "pharmacists",
        "midwives", "doulas", "paramedics", "emts", "researchers", "scientists", "reporters", "journalists", "officials",
        "legislators", "lawmakers", "councilmembers", "commissioners", "trustees", "providers", "chaplains", "librarians",
        "peers", "people", "folks", "women", "men", "kids", "children", "teens", "caregivers", "interns", "trainees",
    };

    /// Letters that are an acronym when typed in lower case ("vp of quality" → "VP of quality").
    public static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "vp", "ceo", "cfo", "coo", "cmo", "cno", "cto", "hiv", "hr", "icu", "er", "ed", "pta", "ymca", "ywca", "rn",
        "np", "md", "mph", "ngo", "seiu", "afscme", "nnu", "amsa", "cat", "hd", "ob", "gyn", "dei", "lgbtq", "sti",
    };

    /// Determiners and possessives that start a role rather than a name ("their executive director").
    public static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "their", "our", "its", "his", "her", "my", "a", "an", "your", "this", "that",
    };

    /// Reflexive words that only add emphasis ("the commissioner herself").
    public static readonly HashSet<string> Reflexives = new(StringComparer.Ordinal)
    {
        "herself", "himself", "themselves", "itself", "themself",
    };

    public static string Bare(string word) => word.Trim().TrimEnd('.', ',', ';', ':').ToLowerInvariant().Replace("’", "'", StringComparison.Ordinal);
}
