using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AllyBot.EndToEnd.Tests.Teams;

/// <summary>
/// An Adaptive Card form as the Agents Playground renders it (Fluent UI, Teams' look), used the way a person
/// does: fields found by their visible label (each input is labelled by it), text typed key by key, a radio
/// option or a drop-down entry picked, the submit button pressed. Every wait is a Playwright expectation.
/// </summary>
public sealed class PlaygroundCardForm
{
    private static readonly LocatorAssertionsToHaveValueOptions ValuePatience = new() { Timeout = 20_000 };

    private PlaygroundCardForm(ILocator card) => Card = card;

    /// <summary>The card's root element (<c>.ac-adaptiveCard</c>).</summary>
    public ILocator Card { get; }

    /// <summary>Waits for the newest card on screen that has a field labelled <paramref name="label"/>.</summary>
    public static async Task<PlaygroundCardForm> ExpectAsync(IPage page, string label)
    {
        var card = page.Locator(".ac-adaptiveCard", new() { Has = page.Locator("label", new() { HasText = label }) }).Last;
        await card.WaitForAsync(new() { Timeout = 20_000 });
        return new PlaygroundCardForm(card);
    }

    /// <summary>The label's text as a person reads it, with the required marker (" *") if the field has one.</summary>
    public async Task<string> LabelTextAsync(string label) =>
        (await Card.Locator("label", new() { HasText = label }).First.InnerTextAsync()).Trim();

    /// <summary>The text box labelled <paramref name="label"/>.</summary>
    public ILocator TextBox(string label) => Card.GetByRole(AriaRole.Textbox, new() { NameRegex = Named(label) });

    /// <summary>Clicks into the field, clears what is there, types <paramref name="text"/> key by key, and checks it arrived.</summary>
    public async Task TypeAsync(string label, string text)
    {
        var box = TextBox(label);
        await box.ClickAsync();
        await box.PressAsync("Control+A");
        await box.PressAsync("Backspace");
        await box.PressSequentiallyAsync(text);
        await Assertions.Expect(box).ToHaveValueAsync(text, ValuePatience);
    }

    /// <summary>Picks <paramref name="choice"/> in the radio group labelled <paramref name="label"/> (an expanded ChoiceSet).</summary>
    public async Task PickAsync(string label, string choice)
    {
        var radio = Card.GetByRole(AriaRole.Radiogroup, new() { NameRegex = Named(label) })
            .GetByRole(AriaRole.Radio, new() { Name = choice, Exact = true });
        await radio.CheckAsync();
        await Assertions.Expect(radio).ToBeCheckedAsync();
    }

    /// <summary>The drop-down labelled <paramref name="label"/> (a compact ChoiceSet: a Fluent combobox).</summary>
    public ILocator DropDown(string label) => Card.GetByRole(AriaRole.Combobox, new() { NameRegex = Named(label) });

    /// <summary>Opens the drop-down labelled <paramref name="label"/>, picks <paramref name="choice"/> from its list and checks it shows.</summary>
    public async Task ChooseAsync(string label, string choice)
    {
        var dropDown = DropDown(label);
        await dropDown.ClickAsync();
        // The list opens in a popup outside the card.
        var option = Card.Page.GetByRole(AriaRole.Option, new() { Name = choice, Exact = true });
        await option.ClickAsync();
        await Assertions.Expect(dropDown).ToHaveValueAsync(choice, ValuePatience);
    }

    /// <summary>The error text the card shows under a field after a submit with the field empty.</summary>
    public ILocator Error(string text) => Card.GetByText(text, new() { Exact = true });

    /// <summary>Presses the card's button <paramref name="title"/> (its Action.Submit).</summary>
    public Task SubmitAsync(string title) =>
        Card.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync();

    /// <summary>
    /// An input's accessible name: its label, and once a submit found it empty, the error shown under it
    /// (the input is labelled by both), so the name starts with the label.
    /// </summary>
    private static Regex Named(string label) => new("^" + Regex.Escape(label));

    /// <summary>A pattern for a label with the required marker the card shows after it.</summary>
    public static Regex Required(string label) => new("^" + Regex.Escape(label) + @"\s*\*$");
}
