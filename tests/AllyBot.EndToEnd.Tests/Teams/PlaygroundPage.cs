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

    /// <summary>Types a message and sends it; returns once the compose box is empty again (the Playground took it).</summary>
    public async Task TypeAsync(string text)
    {
        await ComposeBox.ClickAsync();
        await page.Keyboard.TypeAsync(text);
        await SendAsync();
    }

    /// <summary>Types "@", picks the bot from the mention menu (as Teams users do), then the text, and sends it.</summary>
    public async Task MentionBotAndTypeAsync(string botName, string text)
    {
        // The menu item's accessible name repeats the name (avatar label + text), so match its text instead.
        var item = page.Locator("[role='menuitem']", new() { HasText = botName }).First;
        // On a busy machine the "@" can land before the compose box is ready and no menu opens: clear and retry.
        for (var attempt = 1; ; attempt++)
        {
            await ComposeBox.ClickAsync();
            await page.Keyboard.TypeAsync("@");
            try
            {
                await item.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds / 3 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                await page.Keyboard.PressAsync("Escape");
                await page.Keyboard.PressAsync("Control+A");
                await page.Keyboard.PressAsync("Backspace");
            }
        }
        await item.ClickAsync();
        await page.Keyboard.TypeAsync(" " + text);
        await SendAsync();
    }

    private async Task SendAsync()
    {
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(ComposeBox).ToHaveTextAsync(new Regex(@"^\s*$"), new() { Timeout = (float)Patience.TotalMilliseconds });
    }

    /// <summary>
    /// Clicks the suggested action <paramref name="title"/> under the bot's last message. The Playground shows
    /// suggested actions only under the chat's last message, and on a busy machine it can show the bot's reply
    /// before the user's own message that prompted it (it adds the user's message when its own send completes,
    /// the reply comes over its websocket); the buttons are then hidden. A click sends exactly the title as
    /// text, so in that case the title is typed. Returns whether it was a click.
    /// </summary>
    public async Task<ChoiceClick> ClickSuggestedActionAsync(string title)
    {
        if (!await LastMessageIsFromBotAsync())
        {
            await TypeAsync(title);
            return ChoiceClick.Typed;
        }

        var button = page.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).Last;
        await button.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        // More than three choices come as an Adaptive Card (Teams shows only three suggested actions); its
        // Action.Submit answers without a user message in the chat.
        var inCard = await button.Locator("xpath=ancestor::*[contains(@class,'ac-adaptiveCard')]").CountAsync() > 0;
        await button.ClickAsync();
        return inCard ? ChoiceClick.CardButton : ChoiceClick.SuggestedAction;
    }

    /// <summary>How many messages the user has in the open chat (messages without an author line).</summary>
    public async Task<int> UserMessageCountAsync() =>
        await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('[aria-label="Message header"]')]
                .filter(header => !header.querySelector('[aria-label="Message author"]')).length
            """);

    /// <summary>Waits until the user has <paramref name="count"/> messages in the open chat.</summary>
    public async Task ExpectUserMessageCountAsync(int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (await UserMessageCountAsync() < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new Xunit.Sdk.XunitException($"The user's message {count} never showed in the chat within {Patience.TotalSeconds} s.");
            await Task.Delay(200);
        }
    }

    private async Task<bool> LastMessageIsFromBotAsync() =>
        await page.EvaluateAsync<bool>("""
            () => {
                const headers = [...document.querySelectorAll('[aria-label="Message header"]')];
                return headers.length > 0 && !!headers[headers.length - 1].querySelector('[aria-label="Message author"]');
            }
            """);

    /// <summary>The texts of the bot's messages in the open chat, oldest first (messages with an author line).</summary>
    public async Task<IReadOnlyList<string>> BotMessagesAsync() =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('[aria-label="Message author"]')]
                .map(author => author.closest('[aria-label="Message header"]')?.nextElementSibling?.innerText?.trim() ?? '')
            """);

    /// <summary>Waits until a bot message after the first <paramref name="seenBefore"/> ones matches <paramref name="pattern"/>.</summary>
    public Task<IReadOnlyList<string>> ExpectBotSaysAsync(string pattern, int seenBefore)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase);
        return WaitForBotMessagesAsync(messages => messages.Skip(seenBefore).Any(regex.IsMatch), $"a new bot message matching /{pattern}/");
    }

    /// <summary>Waits until exactly <paramref name="times"/> bot messages match <paramref name="pattern"/>.</summary>
    public Task<IReadOnlyList<string>> ExpectBotSaysCountAsync(string pattern, int times)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase);
        return WaitForBotMessagesAsync(messages => messages.Count(regex.IsMatch) == times, $"{times} bot messages matching /{pattern}/");
    }

    private async Task<IReadOnlyList<string>> WaitForBotMessagesAsync(Func<IReadOnlyList<string>, bool> done, string description)
    {
        var deadline = DateTime.UtcNow + Patience;
        IReadOnlyList<string> messages;
        do
        {
            messages = await BotMessagesAsync();
            if (done(messages))
                return messages;
            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        throw new Xunit.Sdk.XunitException(
            $"No {description} within {Patience.TotalSeconds} s. Bot messages:\n  " + string.Join("\n  ", messages));
    }

    /// <summary>Waits until the user's own message <paramref name="text"/> shows in the open chat (the Playground took it).</summary>
    public async Task ExpectUserSaidAsync(string text) =>
        await page.GetByText(text, new() { Exact = true }).Last.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

    /// <summary>
    /// Waits until the Playground's log panel shows the bot's HTTP 200 for the message <paramref name="sentText"/> (as
    /// sent: a mention is <c>&lt;at&gt;Name&lt;/at&gt;</c>). The bot answers /api/messages only once its turn is over,
    /// so every reply of that turn has been sent by then.
    /// </summary>
    public async Task ExpectTurnOverAsync(string sentText) =>
        await page.GetByText(new Regex(@"message 200\s*" + Regex.Escape(sentText).Replace(@"\ ", " ", StringComparison.Ordinal) + "$"))
            .First.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

    /// <summary>Waits until an Adaptive Card whose text matches <paramref name="pattern"/> is on screen.</summary>
    public async Task<ILocator> ExpectCardAsync(string pattern)
    {
        var card = page.Locator(".ac-adaptiveCard", new() { HasTextRegex = new Regex(pattern, RegexOptions.IgnoreCase) }).Last;
        await card.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        return card;
    }
}

/// <summary>How a choice was made in the Playground.</summary>
public enum ChoiceClick
{
    Typed,
    SuggestedAction,
    CardButton,
}
