// Holds a conversation with AllyBot through botframework-directlinejs, by polling or by WebSocket:
//   node converse.mjs --base http://127.0.0.1:PORT --mode polling|websocket --welcome REGEX --steps JSON [--event NAME]
// where JSON is [{"say": "...", "expect": "regex"}, …]. Waits for the welcome before saying anything, then for
// each step posts the message, waits for its echo (id + clientActivityID) and a bot reply matching `expect`.
// With --event, then waits for an event activity of that name sent after the last step's echo, and reports it.
// Prints "RESULT {...}" and exits 0, or "FAIL {...}" and exits 1.
import { DirectLine, Feed, counters, fetchWidgetToken, finish, isBotMessage, parseArgs, post } from './client.mjs';

const args = parseArgs();
const steps = JSON.parse(args.steps || '[]');
const webSocket = args.mode === 'websocket';
let feed;
let conversationId;

try {
  const widget = await fetchWidgetToken(args.base);
  conversationId = widget.conversationId;
  const directLine = new DirectLine({ token: widget.token, domain: `${args.base}/v3/directline`, webSocket, pollingInterval: 200 });
  feed = new Feed(directLine);
  const userId = JSON.parse(Buffer.from(widget.token.split('.')[1], 'base64url')).user;

  const welcome = await feed.waitFor((a) => isBotMessage(a) && new RegExp(args.welcome || '.', 'i').test(a.text || ''), 'the welcome');
  const welcomeBeforeUserSpoke = !feed.activities.some((a) => a.from && a.from.role === 'user');

  const replies = [];
  let lastEchoIndex = -1;
  for (const [index, step] of steps.entries()) {
    const clientActivityID = `node-${index}-${Date.now()}`;
    const id = await post(directLine, { type: 'message', from: { id: userId, name: 'Node user' }, text: step.say, channelData: { clientActivityID } });
    const echo = await feed.waitFor((a) => a.id === id && a.channelData && a.channelData.clientActivityID === clientActivityID, `the echo of "${step.say}"`);
    const echoIndex = feed.activities.indexOf(echo);
    lastEchoIndex = echoIndex;
    const reply = await feed.waitFor((a) => isBotMessage(a) && new RegExp(step.expect, 'i').test(a.text || ''), `a reply matching /${step.expect}/`, 15000, echoIndex + 1);
    replies.push({ said: step.say, echoId: id, echoFromId: echo.from.id, reply: reply.text, attachments: (reply.attachments || []).map((x) => ({ contentType: x.contentType, content: x.content })) });
  }

  let event = null;
  if (args.event) {
    const found = await feed.waitFor((a) => a.type === 'event' && a.name === args.event, `an event named ${args.event}`, 15000, lastEchoIndex + 1);
    event = { name: found.name, fromRole: found.from && found.from.role, value: found.value };
  }

  directLine.end();
  finish(true, { mode: args.mode, conversationId, welcome: welcome.text, welcomeBeforeUserSpoke, replies, event, counters, transcript: feed.transcript() });
} catch (error) {
  finish(false, { mode: args.mode, conversationId, error: String(error && (error.message || error.status || error)), counters, transcript: feed ? feed.transcript() : [] });
}
