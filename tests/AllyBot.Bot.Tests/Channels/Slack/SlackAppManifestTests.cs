using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Bot.Channels.Slack.Endpoints;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Bot.Tests.Channels.Slack;

/// <summary>The Slack app manifest asks for what the edge needs and points at the endpoints it maps.</summary>
public sealed class SlackAppManifestTests
{
    private static readonly YamlMappingNode Manifest = Load();

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(RepositoryPaths.Combine("manifest", "slack", "app-manifest.yml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode At(params string[] path) =>
        path.Aggregate((YamlNode)Manifest, (node, key) => ((YamlMappingNode)node).Children[new YamlScalarNode(key)]);

    private static List<string> Strings(params string[] path) =>
        ((YamlSequenceNode)At(path)).Children.Select(n => ((YamlScalarNode)n).Value!).ToList();

    private static string Scalar(params string[] path) => ((YamlScalarNode)At(path)).Value!;

    [Fact]
    public void Manifest_BotScopes_CoverMentionsDmsRepliesAndCommands()
    {
        Assert.Superset(new HashSet<string> { "app_mentions:read", "chat:write", "im:history", "im:read", "commands" },
            Strings("oauth_config", "scopes", "bot").ToHashSet());
    }

    [Fact]
    public void Manifest_EventsAndInteractivity_PointAtTheSlackEndpoints()
    {
        Assert.Equal(["app_mention", "message.im"], Strings("settings", "event_subscriptions", "bot_events"));
        Assert.EndsWith(SlackEndpoints.EventsPath, Scalar("settings", "event_subscriptions", "request_url"));
        Assert.Equal("true", Scalar("settings", "interactivity", "is_enabled"));
        Assert.EndsWith(SlackEndpoints.InteractionsPath, Scalar("settings", "interactivity", "request_url"));
    }

    [Fact]
    public void Manifest_SlashCommand_IsAllybotWithUsageHint()
    {
        var command = (YamlMappingNode)((YamlSequenceNode)At("features", "slash_commands")).Children.Single();
        Assert.Equal("/allybot", ((YamlScalarNode)command.Children[new YamlScalarNode("command")]).Value);
        Assert.EndsWith(SlackEndpoints.CommandsPath, ((YamlScalarNode)command.Children[new YamlScalarNode("url")]).Value);
        Assert.Contains("prep", ((YamlScalarNode)command.Children[new YamlScalarNode("usage_hint")]).Value);
    }

    [Fact]
    public void Manifest_BotUserAndMessagesTab_Enabled()
    {
        Assert.Equal("AllyBot", Scalar("features", "bot_user", "display_name"));
        Assert.Equal("true", Scalar("features", "app_home", "messages_tab_enabled"));
        Assert.Equal("AllyBot", Scalar("display_information", "name"));
    }
}
