// A Copy button beside each pitch AllyBot sends. The bot sends each version of a pitch (short, long) as its own
// plain message carrying the entity { type: "allybot.pitch", version: "short" | "long", ally: "<name>" }; this
// middleware adds, in the message's status line, a button that puts exactly that message's text on the
// clipboard and says so ("Copied", and a status for screen readers). It uses the page's React (window.React),
// which the Web Chat bundle shares when React is loaded first.
(function () {
  'use strict';

  var PITCH_ENTITY = 'allybot.pitch';
  var SHOWS_COPIED_FOR_MS = 4000;

  function pitchOf(activity) {
    if (!activity || activity.type !== 'message' || !activity.text || !activity.from || activity.from.role !== 'bot') { return null; }
    var entities = activity.entities || [];
    for (var i = 0; i < entities.length; i++) {
      if (entities[i] && entities[i].type === PITCH_ENTITY) { return entities[i]; }
    }
    return null;
  }

  function describe(pitch) {
    var version = pitch.version === 'long' ? 'long' : 'short';
    return 'the ' + version + ' pitch' + (pitch.ally ? ' for ' + pitch.ally : '');
  }

  /** navigator.clipboard where the page may use it (https, localhost); else the older selection-and-copy way. */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var copied = false;
      try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
      document.body.removeChild(area);
      (copied ? resolve : reject)(new Error('copy refused'));
    });
  }

  function CopyPitchButton(props) {
    var React = window.React;
    var h = React.createElement;
    var pair = React.useState('ready');
    var state = pair[0];
    var setState = pair[1];

    React.useEffect(function () {
      if (state === 'ready') { return undefined; }
      var timer = setTimeout(function () { setState('ready'); }, SHOWS_COPIED_FOR_MS);
      return function () { clearTimeout(timer); };
    }, [state]);

    function copy() {
      copyText(props.text).then(function () { setState('copied'); }, function () { setState('failed'); });
    }

    var announcement = state === 'copied' ? 'Copied ' + props.what + '.'
      : state === 'failed' ? 'Could not copy ' + props.what + '; select its text and copy it yourself.' : '';
    return h('span', { className: 'allybot-copy' },
      h('button', {
        type: 'button',
        className: 'allybot-copy__button',
        'aria-label': 'Copy ' + props.what,
        'data-state': state,
        onClick: copy,
        // Web Chat moves focus into a message without scrolling; a keyboard user must see where they are.
        onFocus: function (event) { event.currentTarget.scrollIntoView({ block: 'nearest' }); }
      }, state === 'copied' ? '✓ Copied' : 'Copy'),
      h('span', { className: 'allybot-visually-hidden', role: 'status' }, announcement));
  }

  /** Web Chat activityStatusMiddleware: the usual status (timestamp), plus the Copy button for a pitch. */
  function pitchCopyMiddleware() {
    return function (next) {
      return function (args) {
        var status = next(args);
        var pitch = pitchOf(args.activity);
        if (!pitch) { return status; }
        var React = window.React;
        return React.createElement(React.Fragment, null,
          status,
          React.createElement(CopyPitchButton, { text: args.activity.text, what: describe(pitch) }));
      };
    };
  }

  window.AllyBotChat = Object.assign(window.AllyBotChat || {}, { pitchCopyMiddleware: pitchCopyMiddleware });
})();
