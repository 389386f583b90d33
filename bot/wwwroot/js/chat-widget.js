// The chapter site's chat widget: opens a panel, loads Microsoft's Web Chat bundle on first open (it is large,
// so the page itself stays light), fetches a Direct Line token for a new conversation from the bot's token
// endpoint, and renders Web Chat against the bot's own Direct Line 3.0 endpoint. AllyBot's welcome arrives as
// soon as the conversation starts, before the user types.
(function () {
  'use strict';

  var WEBCHAT_SCRIPT = 'lib/webchat.js';
  var TOKEN_URL = '/api/directline/token';
  var DIRECT_LINE = location.origin + '/v3/directline';

  var panel = document.getElementById('chat-panel');
  var launcher = document.getElementById('chat-launcher');
  var closeButton = document.getElementById('chat-close');
  var status = document.getElementById('chat-status');
  var host = document.getElementById('webchat');
  var started = false;

  function showStatus(text, isError) {
    status.textContent = text;
    status.classList.toggle('error', !!isError);
  }

  function showMissingScript() {
    status.classList.add('error');
    status.innerHTML = "The chat widget's script could not be loaded: <code>/lib/webchat.js</code> is missing. " +
      'The bot build fetches it from npm (botframework-webchat 4.18.1); build again with npm online, or run ' +
      '<code>npm pack botframework-webchat@4.18.1</code> and copy <code>package/dist/webchat.js</code> to ' +
      '<code>bot/wwwroot/lib/</code>.';
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      if (window.WebChat) { resolve(); return; }
      var script = document.createElement('script');
      script.src = src;
      script.async = true;
      script.onload = function () { window.WebChat ? resolve() : reject(new Error('WebChat is not defined')); };
      script.onerror = function () { reject(new Error('script failed to load')); };
      document.head.appendChild(script);
    });
  }

  function fetchToken() {
    return fetch(TOKEN_URL, { headers: { Accept: 'application/json' }, cache: 'no-store' }).then(function (response) {
      if (!response.ok) { throw new Error('the token endpoint answered ' + response.status); }
      return response.json();
    });
  }

  var styleOptions = {
    accent: '#0b5d5b',
    backgroundColor: '#ffffff',
    botAvatarInitials: 'AB',
    botAvatarBackgroundColor: '#0b5d5b',
    userAvatarInitials: 'You',
    userAvatarBackgroundColor: '#f2a541',
    bubbleBackground: '#eef5f4',
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#0b5d5b',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 999,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#0b5d5b',
    suggestedActionTextColor: '#0b5d5b',
    hideUploadButton: true,
    sendBoxBackground: '#ffffff',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    rootHeight: '100%',
    rootWidth: '100%'
  };

  function start() {
    started = true;
    showStatus('Connecting to AllyBot…');
    loadScript(WEBCHAT_SCRIPT)
      .catch(function () { showMissingScript(); throw null; })
      .then(fetchToken)
      .then(function (conversation) {
        window.WebChat.renderWebChat({
          directLine: window.WebChat.createDirectLine({ token: conversation.token, domain: DIRECT_LINE }),
          locale: 'en-US',
          styleOptions: styleOptions
        }, host);
        showStatus('');
        host.setAttribute('data-conversation-id', conversation.conversationId);
      })
      .catch(function (error) {
        if (error) { showStatus('Could not reach AllyBot (' + error.message + '). Please try again in a moment.', true); started = false; }
      });
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    if (!started) { start(); }
    var box = host.querySelector('input, textarea');
    (box || closeButton).focus();
  }

  function close() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-open-chat]'), function (button) {
    button.addEventListener('click', open);
  });
  closeButton.addEventListener('click', close);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !panel.hidden) { close(); }
  });
})();
