using System.Text;
using System.Text.Json;
using AllyBot.Bot.Channels.Slack.Signing;
using AllyBot.Bot.Tests.Channels.Slack.Support;

namespace AllyBot.Bot.Tests.Channels.Slack.Signing;

/// <summary>
/// The C# verifier against Slack's official library (<c>@slack/events-api</c> 3.0.1, run by
/// tests/js/slack/signature-vectors.js): for every case both must accept or both reject, except the few
/// cases where the verifier is deliberately stricter than the library (listed as <see cref="Case.StricterThanLibrary"/>).
/// </summary>
public sealed class SlackSignatureVectorsTests
{
    private const long Now = 1_800_000_000;
    private const string Secret = "e3b0c44298fc1c149afbf4c8996fb924";

    private sealed record Case(string Name, string SigningSecret, string? TimestampHeader, string? SignatureHeader, string Body, long NowSeconds,
        bool LibraryAccepts, bool StricterThanLibrary = false);

    private sealed record Verdict(string Name, bool Accepted, string? Error);

    private static readonly string[] Bodies =
    [
        """{"token":"x","team_id":"T1","type":"event_callback","event":{"type":"app_mention","user":"U1","text":"<@UBOT> hi","ts":"1.2","channel":"C1"},"event_id":"Ev1"}""",
        "token=x&team_id=T1&user_id=U1&command=%2Fallybot&text=prep+my+meeting&trigger_id=1.2.3",
        "payload=%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3A%5B%7B%22value%22%3A%22Yes%22%7D%5D%7D",
        """{"text":"café ✓ 😀 — \"quoted\"\n\tnewline"}""",
        "",
    ];

    private static string Sign(string secret, string timestamp, string body) =>
        SlackSignatureVerifier.Compute(secret, timestamp, Encoding.UTF8.GetBytes(body));

    private static IEnumerable<Case> Cases()
    {
        yield return new Case("slack-docs-example", SlackSignatureVerifierTests.DocsSecret, SlackSignatureVerifierTests.DocsTimestamp,
            SlackSignatureVerifierTests.DocsSignature, SlackSignatureVerifierTests.DocsBody, 1531420618 + 60, LibraryAccepts: true);

        for (var b = 0; b < Bodies.Length; b++)
        {
            var body = Bodies[b];
            foreach (var age in new long[] { 0, 1, 299, 300 })
            {
                var ts = (Now - age).ToString();
                yield return new Case($"b{b}-valid-age{age}", Secret, ts, Sign(Secret, ts, body), body, Now, LibraryAccepts: true);
            }
            foreach (var age in new long[] { 301, 3600 })
            {
                var ts = (Now - age).ToString();
                yield return new Case($"b{b}-stale-age{age}", Secret, ts, Sign(Secret, ts, body), body, Now, LibraryAccepts: false);
            }

            var t = Now.ToString();
            var good = Sign(Secret, t, body);
            yield return new Case($"b{b}-tampered-appended", Secret, t, good, body + " ", Now, LibraryAccepts: false);
            yield return new Case($"b{b}-tampered-prefixed", Secret, t, good, "x" + body, Now, LibraryAccepts: false);
            yield return new Case($"b{b}-wrong-secret", Secret, t, Sign(Secret + "0", t, body), body, Now, LibraryAccepts: false);
            yield return new Case($"b{b}-signed-other-timestamp", Secret, t, Sign(Secret, (Now - 1).ToString(), body), body, Now, LibraryAccepts: false);
            yield return new Case($"b{b}-missing-signature", Secret, t, null, body, Now, LibraryAccepts: false);
            yield return new Case($"b{b}-missing-timestamp", Secret, null, good, body, Now, LibraryAccepts: false);
            yield return new Case($"b{b}-no-version-prefix", Secret, t, good[3..], body, Now, LibraryAccepts: false);
            yield return new Case($"b{b}-v1-prefix", Secret, t, "v1=" + good[3..], body, Now, LibraryAccepts: false);
            yield return new Case($"b{b}-uppercase-hex", Secret, t, "v0=" + good[3..].ToUpperInvariant(), body, Now, LibraryAccepts: false);
            yield return new Case($"b{b}-truncated", Secret, t, good[..^2], body, Now, LibraryAccepts: false);
            yield return new Case($"b{b}-garbage", Secret, t, "v0=not-a-signature", body, Now, LibraryAccepts: false);

            // Deliberately stricter: the library has no upper bound on the timestamp, ignores what follows a
            // second '=', and parses the timestamp with parseInt (so trailing junk passes).
            var future = (Now + 600).ToString();
            yield return new Case($"b{b}-future-timestamp", Secret, future, Sign(Secret, future, body), body, Now, LibraryAccepts: true, StricterThanLibrary: true);
            yield return new Case($"b{b}-trailing-equals", Secret, t, good + "=junk", body, Now, LibraryAccepts: true, StricterThanLibrary: true);
            yield return new Case($"b{b}-timestamp-junk", Secret, t + "abc", good, body, Now, LibraryAccepts: true, StricterThanLibrary: true);
        }
    }

    [Fact]
    public async Task Verify_SignatureVectors_AgreeWithSlackOfficialLibrary()
    {
        var cases = Cases().ToList();
        var input = JsonSerializer.Serialize(cases.Select(c => new
        {
            name = c.Name, signingSecret = c.SigningSecret, timestampHeader = c.TimestampHeader,
            signatureHeader = c.SignatureHeader, body = c.Body, nowSeconds = c.NowSeconds,
        }));

        var output = await NodeScript.RunAsync(Path.Combine("slack", "signature-vectors.js"), input);
        var verdicts = JsonSerializer.Deserialize<List<Verdict>>(output, JsonSerializerOptions.Web)!.ToDictionary(v => v.Name);

        var disagreements = new List<string>();
        foreach (var c in cases)
        {
            var library = verdicts[c.Name];
            var ours = new SlackSignatureVerifier(new FixedTimeProvider(DateTimeOffset.FromUnixTimeSeconds(c.NowSeconds)))
                .Verify(c.SigningSecret, c.TimestampHeader, c.SignatureHeader, Encoding.UTF8.GetBytes(c.Body));
            var weAccept = ours == SlackSignatureCheck.Valid;
            if (library.Accepted != c.LibraryAccepts)
                disagreements.Add($"{c.Name}: library accepted={library.Accepted} ({library.Error}), case expects {c.LibraryAccepts}");
            var expectedOurs = c.StricterThanLibrary ? false : library.Accepted;
            if (weAccept != expectedOurs)
                disagreements.Add($"{c.Name}: ours={ours}, library accepted={library.Accepted}");
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.True(cases.Count > 80, "the vector set should stay broad");
        Assert.Contains(cases, c => c.LibraryAccepts && !c.StricterThanLibrary);
    }
}
