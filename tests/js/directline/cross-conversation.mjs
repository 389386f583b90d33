// A token for one conversation must not open another: directlinejs pointed at conversation B with A's token
// must fail to connect (403), and never see B's activities; a raw GET of B's activities with A's token is 403.
//   node cross-conversation.mjs --base http://127.0.0.1:PORT
import { ConnectionStatus, DirectLine, counters, fetchWidgetToken, finish, parseArgs } from './client.mjs';

const args = parseArgs();
const domain = `${args.base}/v3/directline`;

function waitForStatus(directLine, wanted, timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`status never became one of ${wanted}`)), timeoutMs);
    directLine.connectionStatus$.subscribe((status) => { if (wanted.includes(status)) { clearTimeout(timer); resolve(status); } }, reject);
  });
}

try {
  const mine = await fetchWidgetToken(args.base);
  const theirs = await fetchWidgetToken(args.base);

  // Conversation B exists and has its welcome.
  const owner = new DirectLine({ token: theirs.token, domain, webSocket: false, pollingInterval: 200 });
  const ownerSeen = [];
  owner.activity$.subscribe((a) => ownerSeen.push(a), () => {});
  await waitForStatus(owner, [ConnectionStatus.Online]);

  // A's token, aimed at B (directlinejs reconnects with GET conversations/B).
  const intruder = new DirectLine({ token: mine.token, conversationId: theirs.conversationId, domain, webSocket: false, pollingInterval: 200 });
  const intruderSeen = [];
  intruder.activity$.subscribe((a) => intruderSeen.push(a), () => {});
  const intruderStatus = await waitForStatus(intruder, [ConnectionStatus.FailedToConnect, ConnectionStatus.ExpiredToken, ConnectionStatus.Online]);

  const raw = await fetch(`${domain}/conversations/${theirs.conversationId}/activities`, { headers: { Authorization: `Bearer ${mine.token}` } });
  await new Promise((r) => setTimeout(r, 500));
  owner.end();
  intruder.end();

  const ok = intruderStatus !== ConnectionStatus.Online && raw.status === 403 && intruderSeen.length === 0;
  finish(ok, { intruderStatus: ConnectionStatus[intruderStatus], rawStatus: raw.status, intruderSaw: intruderSeen.length, ownerSaw: ownerSeen.length, counters });
} catch (error) {
  finish(false, { error: String(error && (error.message || error)), counters });
}
