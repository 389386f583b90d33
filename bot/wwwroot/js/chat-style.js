// How Web Chat looks on the chapter site: the site's colours (teal, amber) through styleOptions, and a few rules
// Web Chat has no option for, added to its style set: plan-card labels that never break inside a word, and
// card buttons shaped like the site's buttons and AllyBot's suggested actions.
(function () {
  'use strict';

  var teal = '#0b5d5b';
  var tealDark = '#084746';
  var amber = '#f2a541';
  var mist = '#eef5f4';
  var ink = '#1d2327';

  var styleOptions = {
    accent: teal,
    backgroundColor: '#ffffff',
    botAvatarInitials: 'AB',
    botAvatarBackgroundColor: teal,
    userAvatarInitials: 'You',
    userAvatarBackgroundColor: tealDark, // white initials on amber would fail contrast (2:1)
    bubbleBackground: mist,
    bubbleTextColor: ink,
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: teal,
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 999,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: teal,
    suggestedActionTextColor: teal,
    cardPushButtonBackgroundColor: '#ffffff',
    cardPushButtonTextColor: teal,
    transcriptActivityVisualKeyboardIndicatorColor: amber,
    transcriptActivityVisualKeyboardIndicatorWidth: 3,
    transcriptVisualKeyboardIndicatorColor: amber,
    transcriptVisualKeyboardIndicatorWidth: 3,
    timestampColor: '#4a5560',
    hideUploadButton: true,
    sendBoxBackground: '#ffffff',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    rootHeight: '100%',
    rootWidth: '100%'
  };

  var cardRules = {
    // Web Chat lets bubble text break anywhere (word-break: break-word), which squeezes a FactSet's label column
    // until its words break ("Possibl e solutio n"). Labels break between words only; values still break a word
    // that is longer than the whole line (a URL).
    '& .ac-fact-title, & .ac-fact-title *': { wordBreak: 'normal', overflowWrap: 'normal' },
    // One label width for every fact list of the card (a preferred width: a long word widens it, never breaks),
    // and air between facts whose values run over several lines (the renderer sets padding inline, hence !important).
    '& .ac-fact-title': { width: '34%', paddingRight: '4px' },
    '& .ac-factset tr + tr > td': { paddingTop: '6px !important' },
    '& .ac-pushButton': {
      backgroundColor: '#ffffff',
      border: '2px solid ' + teal,
      borderRadius: 999,
      color: teal,
      cursor: 'pointer',
      fontFamily: 'inherit',
      fontSize: 14,
      fontWeight: 700,
      minHeight: 40,
      padding: '6px 14px',
      whiteSpace: 'normal'
    },
    '& .ac-pushButton:hover': { backgroundColor: mist, color: tealDark },
    '& .ac-pushButton:focus-visible': { outline: '3px solid ' + amber, outlineOffset: 2 }
  };

  /** Web Chat's style set for these options, with the card rules added to its Adaptive Card renderer. */
  function styleSet() {
    var set = window.WebChat.createStyleSet(styleOptions);
    set.adaptiveCardRenderer = Object.assign({}, set.adaptiveCardRenderer, cardRules);
    return set;
  }

  window.AllyBotChat = Object.assign(window.AllyBotChat || {}, { styleOptions: styleOptions, styleSet: styleSet });
})();
