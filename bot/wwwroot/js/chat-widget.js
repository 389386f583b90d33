// The chapter site's chat widget: opens a panel, loads Microsoft's Web Chat bundle on first open (it is large,
// so the page itself stays light), gets a Direct Line token from the bot's token endpoint, and renders Web Chat
// against the bot's own Direct Line 3.0 endpoint.
//
// The visitor is remembered by the bot (a signed HttpOnly cookie set by the token endpoint); the page remembers
// its conversation (id and watermark, in localStorage). After a reload it asks for a token for that conversation
// and reconnects to it, so the history shows again; when the conversation has expired, it starts a new one for
// the same visitor and AllyBot offers to continue the plan.
(function () {
  'use strict';

  // React first: the Web Chat bundle uses window.React when it is there, and the Copy buttons need the same React.
  var SCRIPTS = ['lib/react.production.min.js', 'lib/react-dom.production.min.js', 'lib/webchat.js'];
  var TOKEN_URL = '/api/directline/token';
  var DIRECT_LINE = location.origin + '/v3/directline';
  var MEMORY_KEY = 'allybot.webchat.conversation';
  // How much history a reload shows: the last this-many activities of the conversation.
  var HISTORY_LENGTH = 100;
  var ONLINE = 2; // DirectLineJS ConnectionStatus.Online
  var CONNECTION_FAILED = 4; // DirectLineJS ConnectionStatus.FailedToConnect

  var panel = document.getElementById('chat-panel');
  var launcher = document.getElementById('chat-launcher');
  var closeButton = document.getElementById('chat-close');
  var status = document.getElementById('chat-status');
  var host = document.getElementById('webchat');
  var started = false;
  var opener = null;

  function showStatus(text, isError) {
    status.textContent = text;
    status.classList.toggle('error', !!isError);
  }

  function showMissingScript(src) {
    status.classList.add('error');
    status.innerHTML = "The chat widget's script could not be loaded: <code>/" + src + '</code> is missing. ' +
      'The bot build fetches it from npm (with botframework-webchat 4.18.1 and React 16.8.6); build again with npm ' +
      'online, or see docs/web-widget.md for the files to copy to <code>bot/wwwroot/lib/</code>.';
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(src); };
      document.head.appendChild(script);
    });
  }

  function loadScripts() {
    if (window.WebChat && window.React) { return Promise.resolve(); }
    return SCRIPTS.reduce(function (loaded, src) {
      return loaded.then(function () { return loadScript(src); });
    }, Promise.resolve());
  }

  // --- The conversation this browser is in (localStorage; a private window may refuse it, then nothing is kept).

  function remembered() {
    try { return JSON.parse(localStorage.getItem(MEMORY_KEY)) || null; } catch (e) { return null; }
  }

  function remember(conversationId, watermark) {
    try { localStorage.setItem(MEMORY_KEY, JSON.stringify({ conversationId: conversationId, watermark: watermark || '' })); } catch (e) { /* not kept */ }
  }

  function forget() {
    try { localStorage.removeItem(MEMORY_KEY); } catch (e) { /* nothing kept */ }
  }

  /** The watermark to reconnect from, so the last HISTORY_LENGTH activities are replayed ('' = from the start). */
  function historyStart(watermark) {
    var seen = parseInt(watermark, 10);
    return seen > HISTORY_LENGTH ? String(seen - HISTORY_LENGTH) : '';
  }

  function fetchToken(conversationId) {
    var url = conversationId ? TOKEN_URL + '?conversationId=' + encodeURIComponent(conversationId) : TOKEN_URL;
    return fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store', credentials: 'include' }).then(function (response) {
      if (!response.ok) { throw new Error('the token endpoint answered ' + response.status); }
      return response.json();
    });
  }

  /** A Direct Line for the remembered conversation when the bot still has it for this visitor, else for a new one. */
  function connect(resume) {
    var previous = resume ? remembered() : null;
    return fetchToken(previous && previous.conversationId).then(function (answer) {
      var resuming = !!previous && answer.conversationId === previous.conversationId;
      var options = { token: answer.token, domain: DIRECT_LINE };
      if (resuming) {
        options.conversationId = answer.conversationId;
        options.watermark = historyStart(previous.watermark);
      }
      remember(answer.conversationId, resuming ? previous.watermark : '');
      return { directLine: window.WebChat.createDirectLine(options), resuming: resuming, conversationId: answer.conversationId };
    });
  }

  function render(connection) {
    var chat = window.AllyBotChat;
    window.WebChat.renderWebChat({
      directLine: connection.directLine,
      locale: 'en-US',
      styleOptions: chat.styleOptions,
      styleSet: chat.styleSet(),
      activityStatusMiddleware: chat.pitchCopyMiddleware
    }, host);
    host.setAttribute('data-conversation-id', connection.conversationId);
    showStatus('');
    focusSendBoxWhenReady();
    var directLine = connection.directLine;
    var watching = false;
    directLine.connectionStatus$.subscribe(function (state) {
      // Not before Web Chat is connected: the first subscriber to activity$ starts the connection, and Web Chat
      // would miss what came before it subscribed.
      if (state === ONLINE && !watching) {
        watching = true;
        directLine.activity$.subscribe(function () { remember(connection.conversationId, directLine.watermark); });
        window.addEventListener('pagehide', function () { remember(connection.conversationId, directLine.watermark); });
      }
      // The conversation went away between the token and the reconnect: start a new one for the same visitor.
      if (state === CONNECTION_FAILED && connection.resuming) {
        directLine.end();
        window.ReactDOM.unmountComponentAtNode(host);
        forget();
        connect(false).then(render).catch(showConnectionError);
      }
    });
  }

  function showConnectionError(error) {
    showStatus('Could not reach AllyBot (' + error.message + '). Please try again in a moment.', true);
    started = false;
  }

  function start() {
    started = true;
    showStatus('Connecting to AllyBot…');
    loadScripts()
      .then(function () { return connect(true); }, function (src) { showMissingScript(src); throw null; })
      .then(render)
      .catch(function (error) { if (error) { showConnectionError(error); } });
  }

  // --- The panel: opened by the launcher or any [data-open-chat] button, closed by × or Escape; focus goes back
  // to the button that opened it.

  function sendBox() {
    return host.querySelector('[data-id="webchat-sendbox-input"], textarea, input[type="text"]');
  }

  function focusSendBoxWhenReady() {
    if (panel.hidden) { return; }
    var box = sendBox();
    if (box) {
      if (!panel.contains(document.activeElement) || document.activeElement === closeButton) { box.focus(); }
      return;
    }
    var watcher = new MutationObserver(function () {
      if (sendBox()) { watcher.disconnect(); focusSendBoxWhenReady(); }
    });
    watcher.observe(host, { childList: true, subtree: true });
  }

  function open(event) {
    opener = event && event.currentTarget !== launcher ? event.currentTarget : null;
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    if (!started) { start(); }
    (sendBox() || closeButton).focus();
    focusSendBoxWhenReady();
  }

  function close() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    (opener || launcher).focus();
    opener = null;
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-open-chat]'), function (button) {
    button.addEventListener('click', open);
  });
  closeButton.addEventListener('click', close);
  document.addEventListener('keydown', function (event) {
    // Inside a message (where Enter on the chat history moves focus, e.g. to a Copy button), Escape is Web Chat's:
    // it goes back to the chat history. Anywhere else, Escape closes the chat.
    var inMessage = event.target instanceof Element && event.target.closest('#webchat .webchat__basic-transcript__activity');
    if (event.key === 'Escape' && !panel.hidden && !inMessage) { close(); }
  });
})();
