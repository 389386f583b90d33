using System.Text.Json.Nodes;
using AllyBot.Builder.Schema;
using CsCheck;

namespace AllyBot.Builder.Tests.Schema;

/// <summary>Property-based checks that the Activity JSON shape survives any round-trip (CsCheck).</summary>
public class ActivityJsonPropertyTests
{
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 12];
    private static readonly Gen<string?> AnyText = Gen.String.Null();

    private static readonly Gen<ChannelAccount?> Account =
        Gen.Select(Word, AnyText, Gen.OneOf<string?>(null, RoleTypes.User, RoleTypes.Bot), (id, name, role) => new ChannelAccount(id, name, role)).Null();

    private static readonly Gen<Activity> Activities = Gen.Select(
        Gen.OneOf(ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.ConversationUpdate, "someFutureType"),
        AnyText,
        Account,
        Account,
        Gen.Select(Word, Gen.Bool.Nullable(), (id, isGroup) => new ConversationAccount(id, isGroup: isGroup)),
        Gen.DateTimeOffset.Nullable(),
        Word.List[0, 3].Null(),
        (type, text, from, recipient, conversation, timestamp, actions) => new Activity
        {
            Type = type,
            Text = text,
            From = from,
            Recipient = recipient,
            Conversation = conversation,
            Timestamp = timestamp,
            SuggestedActions = actions is null ? null : new SuggestedActions(actions.Select(a => new CardAction(ActionTypes.ImBack, a, a))),
        });

    [Fact]
    public void Serialize_AnyActivity_RoundTripsToSameJson()
    {
        Activities.Sample(activity =>
        {
            var json = BuilderJson.Serialize(activity);
            var again = BuilderJson.Serialize(BuilderJson.Deserialize<Activity>(json));

            Assert.Equal(json, again);
        });
    }

    [Fact]
    public void Deserialize_AnyTimestamp_KeepsInstantAndWritesZ()
    {
        Gen.DateTimeOffset.Sample(timestamp =>
        {
            var json = BuilderJson.Serialize(new Activity { Timestamp = timestamp });
            var read = BuilderJson.Deserialize<Activity>(json)!;

            Assert.EndsWith("Z\"}", json);
            Assert.Equal(timestamp.UtcTicks, read.Timestamp!.Value.UtcTicks);
        });
    }

    [Fact]
    public void Deserialize_AnyUnknownFields_PreservedVerbatim()
    {
        var unknownFields = Gen.Select(Word, Gen.OneOf<JsonNode>(Gen.String.Select(s => (JsonNode)JsonValue.Create(s)), Gen.Int.Select(i => (JsonNode)JsonValue.Create(i))),
            (name, value) => (Name: $"x_{name}", Value: value)).List[1, 5];

        Gen.Select(Activities, unknownFields).Sample((activity, fields) =>
        {
            var node = JsonNode.Parse(BuilderJson.Serialize(activity))!.AsObject();
            foreach (var (name, value) in fields) node[name] = value.DeepClone();

            var roundTripped = JsonNode.Parse(BuilderJson.Serialize(BuilderJson.Deserialize<Activity>(node.ToJsonString())));

            Assert.True(JsonNode.DeepEquals(node, roundTripped), node.ToJsonString());
        });
    }
}
