using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Tests;

public class MessageFactoryTests
{
    [Fact]
    public void Text_Defaults_MessageAcceptingInput()
    {
        var message = MessageFactory.Text("hi", "<speak>hi</speak>");

        Assert.Equal(ActivityTypes.Message, message.Type);
        Assert.Equal("hi", message.Text);
        Assert.Equal("<speak>hi</speak>", message.Speak);
        Assert.Equal(InputHints.AcceptingInput, message.InputHint);
    }

    [Fact]
    public void SuggestedActions_Strings_BecomeImBackActions()
    {
        var message = MessageFactory.SuggestedActions(["Yes", "No"], "Ready?", inputHint: InputHints.ExpectingInput);

        Assert.Equal("Ready?", message.Text);
        Assert.Equal(InputHints.ExpectingInput, message.InputHint);
        Assert.Collection(
            message.SuggestedActions!.Actions,
            a => Assert.Equal((ActionTypes.ImBack, "Yes", (object?)"Yes"), (a.Type, a.Title, a.Value)),
            a => Assert.Equal((ActionTypes.ImBack, "No", (object?)"No"), (a.Type, a.Title, a.Value)));
    }

    [Fact]
    public void Carousel_Attachments_UsesCarouselLayout()
    {
        var cards = new[] { new Attachment { ContentType = "a" }, new Attachment { ContentType = "b" } };

        var message = MessageFactory.Carousel(cards, "Pick one");

        Assert.Equal(AttachmentLayoutTypes.Carousel, message.AttachmentLayout);
        Assert.Equal(2, message.Attachments!.Count);
    }

    [Fact]
    public void Attachment_Single_UsesListLayout()
    {
        var message = MessageFactory.Attachment(new Attachment { ContentType = "application/vnd.microsoft.card.adaptive" });

        Assert.Equal(AttachmentLayoutTypes.List, message.AttachmentLayout);
        Assert.Single(message.Attachments!);
        Assert.Null(message.Text);
    }

    [Fact]
    public void ContentUrl_Url_AttachesByReference()
    {
        var message = MessageFactory.ContentUrl("https://example.test/guide.pdf", "application/pdf", "guide.pdf", "The guide");

        var attachment = Assert.Single(message.Attachments!);
        Assert.Equal(("https://example.test/guide.pdf", "application/pdf", "guide.pdf"), (attachment.ContentUrl, attachment.ContentType, attachment.Name));
        Assert.Null(attachment.Content);
        Assert.Equal("The guide", message.Text);
    }
}
