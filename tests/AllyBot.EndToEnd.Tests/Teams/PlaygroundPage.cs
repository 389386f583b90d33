using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AllyBot.EndToEnd.Tests.Teams;

/// <summary>The Agents Playground's Teams-like client, as a person uses it: pick a chat, type, @mention, click.</summary>
public sealed class PlaygroundPage(IPage page)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public IPage Page => page;

    private ILocator ComposeBox => page.Locator("[contenteditable='true'][role='textbox']");

    public async Task OpenAsync(Uri playground)
    {
        // Offline machine: anything but the loopback Playground (its UI asks a CDN for fonts) is refused at once.
        await page.RouteAsync("**/*", route =>
        {
            var host = new Uri(route.Request.Url).Host;
            return host is "127.0.0.1" or "localhost" ? route.ContinueAsync() : route.AbortAsync();
        });
        await page.GotoAsync(playground.ToString());
        await ComposeBox.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
    }

    /// <summary>Opens a chat from the left rail: "Personal Chat" or "Group Chat".</summary>
    public async Task OpenChatAsync(string name)
    {
        await page.GetByRole(AriaRole.Treeitem, new() { Name = name, Exact = true }).ClickAsync();
        await ComposeBox.WaitForAsync();
    }

    public async Task TypeAsync(string text)
    {
        await ComposeBox.ClickAsync();
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Types "@", picks the bot from the mention menu (as Teams users do), then the text.</summary>
    public async Task MentionBotAndTypeAsync(string botName, string text)
    {
        await ComposeBox.ClickAsync();
        await page.Keyboard.TypeAsync("@");
        // The menu item's accessible name repeats the name (avatar label + text), so match its text instead.
        await page.Locator("[role='menuitem']", new() { HasText = botName }).First.ClickAsync();
        await page.Keyboard.TypeAsync(" " + text);
        await page.Keyboard.PressAsync("Enter");
    }

    public async Task ClickSuggestedActionAsync(string title)
    {
        var button = page.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).Last;
        await button.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await button.ClickAsync();
    }

    /// <summary>The texts of the bot's messages in the open chat, oldest first (messages with an author line).</summary>
    public async Task<IReadOnlyList<string>> BotMessagesAsync() =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('[aria-label="Message author"]')]
                .map(author => author.closest('[aria-label="Message header"]')?.nextElementSibling?.innerText?.trim() ?? '')
            """);

    /// <summary>Waits until a bot message after the first <paramref name="seenBefore"/> ones matches <paramref name="pattern"/>.</summary>
    public async Task<IReadOnlyList<string>> ExpectBotSaysAsync(string pattern, int seenBefore)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase);
        var deadline = DateTime.UtcNow + Patience;
        IReadOnlyList<string> messages;
        do
        {
            messages = await BotMessagesAsync();
            if (messages.Skip(seenBefore).Any(regex.IsMatch))
                return messages;
            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        throw new Xunit.Sdk.XunitException(
            $"No new bot message matched /{pattern}/ within {Patience.TotalSeconds} s. Bot messages:\n  " + string.Join("\n  ", messages));
    }

    /// <summary>Asserts that the bot stays quiet for <paramref name="quietFor"/>.</summary>
    public async Task ExpectNoNewBotMessageAsync(int seenBefore, TimeSpan quietFor)
    {
        await Task.Delay(quietFor);
        var messages = await BotMessagesAsync();
        Assert.True(messages.Count == seenBefore, "The bot answered: " + string.Join(" | ", messages.Skip(seenBefore)));
    }
}
