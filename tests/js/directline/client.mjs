// Shared set-up for driving AllyBot with Microsoft's official Direct Line client (botframework-directlinejs)
// in Node: the two polyfills it needs, transport counters, and small waiting helpers.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const counters = { socketsOpened: 0, framesReceived: 0, activityPolls: 0, httpStatuses: [] };

// directlinejs reads the global WebSocket even when polling, and does its HTTP through rxjs ajax (XMLHttpRequest).
const WebSocketImpl = require('ws');
class CountingWebSocket extends WebSocketImpl {
  constructor(...args) {
    super(...args);
    counters.socketsOpened++;
    this.addEventListener('message', (event) => { if (event.data && String(event.data).length) counters.framesReceived++; });
  }
}
const XMLHttpRequestImpl = require('xhr2');
class CountingXMLHttpRequest extends XMLHttpRequestImpl {
  open(method, url, ...rest) {
    if (method === 'GET' && /\/activities\?watermark=/.test(url)) counters.activityPolls++;
    this.addEventListener('loadend', () => counters.httpStatuses.push(`${method} ${new URL(url).pathname.replace(/conversations\/[^/]+/, 'conversations/{id}')} ${this.status}`));
    return super.open(method, url, ...rest);
  }
}
global.WebSocket = CountingWebSocket;
global.XMLHttpRequest = CountingXMLHttpRequest;

export const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

/** Reads `--name value` pairs from the command line. */
export function parseArgs(argv = process.argv.slice(2)) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
  return args;
}

/** Asks the bot for a widget token, as the chapter page does: {token, conversationId, expires_in}. */
export async function fetchWidgetToken(base) {
  const response = await fetch(`${base}/api/directline/token`);
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  return response.json();
}

/** Collects every activity and lets callers wait for one matching a predicate. */
export class Feed {
  constructor(directLine) {
    this.activities = [];
    this.waiters = [];
    this.error = null;
    directLine.activity$.subscribe(
      (activity) => {
        this.activities.push(activity);
        this.waiters = this.waiters.filter((w) => !(w.from <= this.activities.length - 1 && w.test(activity) && (w.resolve(activity), true)));
      },
      // An unhandled AjaxError would crash the process; record it and fail the waiters instead.
      (error) => { this.error = error; this.waiters.forEach((w) => w.reject(error)); this.waiters = []; });
  }

  /** The first activity at or after index `from` that passes `test`, within `timeoutMs`. */
  waitFor(test, description, timeoutMs = 15000, from = 0) {
    const found = this.activities.slice(from).find(test);
    if (found) return Promise.resolve(found);
    if (this.error) return Promise.reject(this.error);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${description}`)), timeoutMs);
      this.waiters.push({ from, test, resolve: (a) => { clearTimeout(timer); resolve(a); }, reject: (e) => { clearTimeout(timer); reject(e); } });
    });
  }

  transcript() {
    return this.activities.map((a) => ({ id: a.id, type: a.type, name: a.name, role: a.from && a.from.role, from: a.from && a.from.id, text: a.text, attachments: a.attachments ? a.attachments.map((x) => x.contentType) : undefined, actions: a.suggestedActions ? a.suggestedActions.actions.map((x) => x.title) : undefined }));
  }
}

/** postActivity as an Observable turned into a promise (with an error handler, always). */
export function post(directLine, activity) {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
}

export function isBotMessage(activity) {
  return activity.type === 'message' && activity.from && activity.from.role === 'bot';
}

export function finish(ok, payload) {
  console.log(`${ok ? 'RESULT' : 'FAIL'} ${JSON.stringify(payload)}`);
  process.exit(ok ? 0 : 1);
}
