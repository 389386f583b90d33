using Microsoft.Playwright;

namespace AllyBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One headless Chromium (Debian's <c>/usr/bin/chromium</c>, driven by Microsoft.Playwright) for a whole test
/// collection; each test gets a fresh context (its own cookies and storage). Playwright never downloads a
/// browser here. Override the executable with <c>ALLYBOT_CHROMIUM</c>.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public static readonly string[] LaunchArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not running.");

    public static string ExecutablePath => Environment.GetEnvironmentVariable("ALLYBOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run tests/install-prerequisites.sh (test.sh does).");
        }

        // We bring our own browser: Playwright must neither download one nor look in a user cache for one.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH", Path.Combine(Path.GetTempPath(), "allybot-e2e", "no-playwright-browsers"));
        playwright = await Playwright.CreateAsync();
        // Launch (not a persistent context) gives every run a fresh, temporary user-data dir.
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = LaunchArguments,
        });
    }

    /// <summary>A page in a fresh context; dispose the context (<c>page.Context.CloseAsync()</c>) when done.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool isMobile = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = isMobile,
            HasTouch = isMobile,
            Locale = "en-US",
            // No entrance animations: screenshots show the settled page.
            ReducedMotion = ReducedMotion.Reduce,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Saves a PNG under TestResults/screenshots at the repository root and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(RepositoryPaths.Screenshots, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
