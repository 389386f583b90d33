// Watches AllyBot's streamed replies through botframework-directlinejs, by WebSocket or by polling:
//   node livestream.mjs --base http://127.0.0.1:PORT --mode websocket|polling --greeting TEXT --say JSON
// where JSON is ["message", …]. Waits for the bot's greeting (so the WebSocket is live and no typing activity can
// be missed), then for each message: posts it, waits for its echo, then records every bot activity
// up to and including the bot's next message (the final message of the stream), with the livestream fields Web
// Chat reads from channelData (streamType, streamSequence, streamId).
// --greeting-pattern REGEX instead of --greeting matches a greeting that names the user. A message given as
// {"text": "…", "until": "final"} records up to the stream's final message (channelData.streamType "final")
// instead, for a turn that sends other messages before its stream ends (a whole coaching journey's pitch turn).
// Prints "RESULT {...}" and exits 0, or "FAIL {...}" and exits 1.
import { DirectLine, Feed, counters, fetchWidgetToken, finish, isBotMessage, parseArgs, post } from './client.mjs';

const args = parseArgs();
const messages = JSON.parse(args.say || '[]');
let feed;

const stream = (a) => ({
  id: a.id,
  type: a.type,
  text: a.text,
  streamType: a.channelData && a.channelData.streamType,
  streamSequence: a.channelData && a.channelData.streamSequence,
  streamId: a.channelData && a.channelData.streamId,
});

try {
  const widget = await fetchWidgetToken(args.base);
  const directLine = new DirectLine({ token: widget.token, domain: `${args.base}/v3/directline`, webSocket: args.mode === 'websocket', pollingInterval: 200 });
  feed = new Feed(directLine);
  const userId = JSON.parse(Buffer.from(widget.token.split('.')[1], 'base64url')).user;

  const greeting = args['greeting-pattern'] ? new RegExp(args['greeting-pattern']) : null;
await feed.waitFor((a) => isBotMessage(a) && (greeting ? greeting.test(a.text || '') : a.text === args.greeting), 'the greeting');

  const replies = [];
  for (const [index, message] of messages.entries()) {
    const text = typeof message === 'string' ? message : message.text;
    const untilFinal = typeof message === 'object' && message.until === 'final';
    const isEnd = untilFinal ? (a) => isBotMessage(a) && a.channelData && a.channelData.streamType === 'final' : isBotMessage;
    const clientActivityID = `stream-${index}-${Date.now()}`;
    const id = await post(directLine, { type: 'message', from: { id: userId, name: 'Node user' }, text, channelData: { clientActivityID } });
    const echo = await feed.waitFor((a) => a.id === id, `the echo of "${text}"`);
    const echoIndex = feed.activities.indexOf(echo);
    const final = await feed.waitFor(isEnd, `the bot's message after "${text}"`, 20000, echoIndex + 1);
    const finalIndex = feed.activities.indexOf(final);
    const fromBot = feed.activities.slice(echoIndex + 1, finalIndex + 1).filter((a) => a.from && a.from.role === 'bot');
    replies.push({ said: text, activities: fromBot.map(stream) });
  }

  directLine.end();
  finish(true, { mode: args.mode, replies, counters, transcript: feed.activities.map(stream) });
} catch (error) {
  finish(false, { mode: args.mode, error: String(error && (error.message || error.status || error)), counters, transcript: feed ? feed.transcript() : [] });
}
