using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace AllyBot.Bot.Tests.Manifest;

/// <summary>
/// Runs <c>manifest/build.sh</c> as a person would and checks the Teams app package it writes against
/// docs/protocols.md §5: required fields, ids, schema version, icon sizes and transparency, zip layout.
/// </summary>
public sealed class TeamsAppPackageTests : IDisposable
{
    private const string TestAppId = "0b5e8f3a-4c2d-4e6f-9a1b-7c8d9e0f1a2b";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string ManifestFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AllyBot.sln")))
                    return Path.Combine(dir.FullName, "manifest");
            }
            throw new InvalidOperationException("Could not find the repository root (AllyBot.sln) above " + AppContext.BaseDirectory);
        }
    }

    private async Task<(int ExitCode, string Output, string ZipPath)> RunBuildAsync(string? appId, Dictionary<string, string>? extra = null)
    {
        var zip = _temp.File("allybot-teams.zip");
        var start = new ProcessStartInfo("bash", [Path.Combine(ManifestFolder, "build.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("MicrosoftAppId");
        if (appId is not null)
            start.Environment["MicrosoftAppId"] = appId;
        start.Environment["ALLYBOT_TEAMS_ZIP"] = zip;
        foreach (var (key, value) in extra ?? [])
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr, zip);
    }

    private async Task<ZipArchive> BuildPackageAsync(Dictionary<string, string>? extra = null)
    {
        var (exitCode, output, zipPath) = await RunBuildAsync(TestAppId, extra);
        Assert.True(exitCode == 0, output);
        return ZipFile.OpenRead(zipPath);
    }

    private static JsonElement ReadManifest(ZipArchive zip)
    {
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return JsonDocument.Parse(stream).RootElement.Clone();
    }

    [Fact]
    public async Task BuildSh_WithAppId_WritesExactlyManifestAndTwoIconsAtTheRoot()
    {
        using var zip = await BuildPackageAsync();

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order().ToArray());
    }

    [Fact]
    public async Task BuildSh_WithAppId_FillsIdAndBotIdFromIt()
    {
        using var zip = await BuildPackageAsync();
        var manifest = ReadManifest(zip);

        Assert.Equal(TestAppId, manifest.GetProperty("id").GetString());
        var bot = Assert.Single(manifest.GetProperty("bots").EnumerateArray().ToArray());
        Assert.Equal(TestAppId, bot.GetProperty("botId").GetString());
        Assert.DoesNotContain("{{", manifest.GetRawText());
    }

    [Fact]
    public async Task BuildSh_Manifest_SchemaUrlMatchesManifestVersionAtLeast122()
    {
        using var zip = await BuildPackageAsync();
        var manifest = ReadManifest(zip);

        var version = manifest.GetProperty("manifestVersion").GetString()!;
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", manifest.GetProperty("$schema").GetString());
        Assert.True(Version.Parse(version) >= new Version(1, 22), $"manifestVersion {version} is older than 1.22");
        Assert.Matches(@"^\d+\.\d+\.\d+$", manifest.GetProperty("version").GetString());
    }

    [Fact]
    public async Task BuildSh_Manifest_HasTheRequiredFieldsWithinTheirLimits()
    {
        using var zip = await BuildPackageAsync();
        var manifest = ReadManifest(zip);

        var developer = manifest.GetProperty("developer");
        Assert.InRange(developer.GetProperty("name").GetString()!.Length, 1, 32);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
            Assert.StartsWith("https://", developer.GetProperty(url).GetString());

        var name = manifest.GetProperty("name");
        var (shortName, fullName) = (name.GetProperty("short").GetString()!, name.GetProperty("full").GetString()!);
        Assert.InRange(shortName.Length, 1, 30);
        Assert.InRange(fullName.Length, 1, 100);
        Assert.NotEqual(shortName, fullName);

        var description = manifest.GetProperty("description");
        Assert.InRange(description.GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(description.GetProperty("full").GetString()!.Length, 1, 4000);

        Assert.Matches("^#[0-9a-fA-F]{6}$", manifest.GetProperty("accentColor").GetString());
        Assert.Equal("color.png", manifest.GetProperty("icons").GetProperty("color").GetString());
        Assert.Equal("outline.png", manifest.GetProperty("icons").GetProperty("outline").GetString());
    }

    [Fact]
    public async Task BuildSh_Bot_HasAllScopesAndTheFourCommands()
    {
        using var zip = await BuildPackageAsync();
        var bot = ReadManifest(zip).GetProperty("bots")[0];

        Assert.Equal(["groupChat", "personal", "team"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).Order().ToArray());
        var commands = bot.GetProperty("commandLists").EnumerateArray()
            .SelectMany(list => list.GetProperty("commands").EnumerateArray())
            .Select(c => c.GetProperty("title").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "start", "prep", "plan", "help" }, commands);
    }

    [Fact]
    public async Task BuildSh_BotDomain_GoesIntoValidDomainsAndDeveloperUrls()
    {
        using var zip = await BuildPackageAsync(new() { ["BOT_DOMAIN"] = "allybot.contoso.org" });
        var manifest = ReadManifest(zip);

        Assert.Equal(["allybot.contoso.org"], manifest.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()!).ToArray());
        Assert.Equal("https://allybot.contoso.org/privacy", manifest.GetProperty("developer").GetProperty("privacyUrl").GetString());
    }

    [Fact]
    public async Task BuildSh_Icons_AreColor192AndOutline32WithTransparency()
    {
        using var zip = await BuildPackageAsync();

        var color = ReadPng(zip, "color.png");
        var outline = ReadPng(zip, "outline.png");

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.True(outline.ColorType is 4 or 6, $"outline.png has no alpha channel (colour type {outline.ColorType})");
    }

    [Fact]
    public void OutlineIcon_Pixels_AreWhiteOnTransparent()
    {
        var pixels = PngPixels.DecodeRgba(File.ReadAllBytes(Path.Combine(ManifestFolder, "outline.png")), out var width, out var height);

        var alphas = Enumerable.Range(0, width * height).Select(i => pixels[i * 4 + 3]).ToArray();
        Assert.Contains((byte)0, alphas);
        Assert.Contains((byte)255, alphas);
        for (var i = 0; i < width * height; i++)
        {
            if (pixels[i * 4 + 3] > 0)
                Assert.True(pixels[i * 4] == 255 && pixels[i * 4 + 1] == 255 && pixels[i * 4 + 2] == 255, $"pixel {i} is visible but not white");
        }
    }

    [Fact]
    public async Task MakeIcons_RunAgain_ReproducesTheCommittedIcons()
    {
        var start = new ProcessStartInfo("python3", [Path.Combine(ManifestFolder, "make_icons.py"), _temp.Path]) { RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, stderr);

        foreach (var icon in new[] { "color.png", "outline.png" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(ManifestFolder, icon)), File.ReadAllBytes(_temp.File(icon)));
    }

    [Theory]
    [InlineData(null, "MicrosoftAppId is not set")]
    [InlineData("", "MicrosoftAppId is not set")]
    [InlineData("allybot", "is not a GUID")]
    [InlineData("0b5e8f3a-4c2d-4e6f-9a1b-7c8d9e0f1a2", "is not a GUID")]
    public async Task BuildSh_MissingOrInvalidAppId_FailsWithClearMessageAndNoZip(string? appId, string expected)
    {
        var (exitCode, output, zipPath) = await RunBuildAsync(appId);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, output);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public async Task BuildSh_SameInputs_SameZipBytes()
    {
        (await BuildPackageAsync()).Dispose();
        var first = await File.ReadAllBytesAsync(_temp.File("allybot-teams.zip"));
        (await BuildPackageAsync()).Dispose();

        Assert.Equal(first, await File.ReadAllBytesAsync(_temp.File("allybot-teams.zip")));
    }

    private sealed record PngHeader(int Width, int Height, byte BitDepth, byte ColorType);

    /// <summary>Reads a PNG's IHDR chunk: signature, then length, "IHDR", width, height, depth, colour type.</summary>
    private static PngHeader ReadPng(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        var header = new byte[8 + 8 + 13];
        stream.ReadExactly(header);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], header[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(header, 12, 4));
        return new PngHeader(BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)), header[24], header[25]);
    }
}
