// The chat page's script: picks the language, gets a Direct Line token from the bot's own server
// and starts Web Chat. Who the user is, the server decides (its HttpOnly cookie, sent with the
// token request): the page neither picks nor keeps a user id. Served as /assets/chat.js; the page
// passes its settings in the #chat-config JSON block, so nothing here is generated from input.
// The conversation survives a reload: its id and token stay in this tab's sessionStorage and are
// offered back with the next token request; the server resumes it only for the same visitor with
// that token, and the transcript is read back from Direct Line. Not the side panel's front-end
// (src/panel/browser), which runs the advisor in the page: why both stay, docs/architecture.md.
(function () {
  'use strict';

  // Where earlier versions kept a user id of their own choosing: removed, it names nobody now.
  var OLD_USER_ID_KEY = 'multichannel-advisor.webchat.userId';
  var CONVERSATION_KEY = 'multichannel-advisor.webchat.conversation';
  var ONLINE = 2;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;

  var config = JSON.parse(document.getElementById('chat-config').textContent);

  /** The same rules as the bot's matchLocale: any case, `_` or `-`, fallback by language. */
  function matchLocale(raw) {
    if (typeof raw !== 'string' || raw.length === 0 || raw.length > 35) return undefined;
    var parts = raw.trim().replace(/_/g, '-').split('-');
    for (var i = 0; i < parts.length; i++) {
      if (!/^[A-Za-z0-9]{1,8}$/.test(parts[i])) return undefined;
    }
    var wanted = parts.join('-').toLowerCase();
    for (var j = 0; j < config.locales.length; j++) {
      if (config.locales[j].toLowerCase() === wanted) return config.locales[j];
    }
    return config.languages[parts[0].toLowerCase()];
  }

  function browserLocale() {
    var list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < list.length; i++) {
      var found = matchLocale(list[i]);
      if (found) return found;
    }
    return undefined;
  }

  var locale = config.locale;
  if (config.localeSource !== 'query') locale = browserLocale() || config.locale;
  var strings = config.strings[locale] || config.strings[config.locale];

  function text(id, value) {
    var element = document.getElementById(id);
    if (element) element.textContent = value;
  }

  /** The configured name, or the product's name in the page's language. */
  function botName() {
    return config.botName || strings.productName;
  }

  function applyStrings() {
    document.documentElement.lang = locale;
    document.documentElement.style.setProperty('--accent', config.accent);
    document.documentElement.style.setProperty('--accent-text', config.accentText);
    document.title = strings.title.replace('{botName}', botName());
    text('bot-name', botName());
    text('subtitle', strings.subtitle);
    text('retry', strings.retry);
    // The demonstration's banner (PARTNER_ACTIONS_DEMO only), its lines made by the server per language.
    var demo = config.demo && (config.demo[locale] || config.demo[config.locale]);
    for (var i = 0; demo && i < demo.length; i++) text('demo-line-' + i, demo[i]);
  }

  function forgetOldUserId() {
    try {
      window.localStorage.removeItem(OLD_USER_ID_KEY);
    } catch (e) {
      // Storage blocked (some browsers in third-party iframes): nothing was kept there either.
    }
  }

  /** Set once Web Chat runs: changes the page's and Web Chat's language. */
  var switchTo = function () {};

  var status = document.getElementById('status');
  var retry = document.getElementById('retry');

  function showStatus(message, failed) {
    text('status-text', message);
    status.hidden = false;
    status.classList.toggle('failed', !!failed);
    retry.hidden = !failed;
    document.body.classList.toggle('connected', false);
  }

  function connected() {
    status.hidden = true;
    document.body.classList.add('connected');
  }

  /** This tab's conversation ({ conversationId, token }) from before a reload, if any. */
  function savedConversation() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(CONVERSATION_KEY) || 'null');
      if (saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string') return saved;
    } catch (e) {
      // Storage blocked or unreadable: start a new conversation.
    }
    return undefined;
  }

  function saveConversation(conversationId, token) {
    try {
      window.sessionStorage.setItem(CONVERSATION_KEY, JSON.stringify({ conversationId: conversationId, token: token }));
    } catch (e) {
      // Storage blocked: a reload starts a new conversation, as before.
    }
  }

  function absolute(domain) {
    return new URL(domain, window.location.href).href.replace(/\/$/, '');
  }

  function start() {
    showStatus(strings.connecting, false);
    if (!window.WebChat) {
      showStatus(strings.error, true);
      return;
    }
    var saved = savedConversation();
    fetch(config.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(saved ? { locale: locale, resume: saved } : { locale: locale }),
      credentials: 'same-origin',
      cache: 'no-store'
    })
      .then(function (response) {
        if (!response.ok) throw new Error('token ' + response.status);
        return response.json();
      })
      .then(function (session) {
        // The bot says which language it answers in on every activity (the language picked in
        // the chat included): the page and Web Chat's own words (input, timestamps) follow it
        // without a reload.
        var store = window.WebChat.createStore({}, function () {
          return function (next) {
            return function (action) {
              if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
                var activity = action.payload && action.payload.activity;
                var spoken = activity && activity.from && activity.from.role === 'bot' ? matchLocale(activity.locale) : undefined;
                if (spoken && spoken !== locale) setTimeout(function () { switchTo(spoken); }, 0);
              }
              return next(action);
            };
          };
        });
        var resumed = session.resumed === true;
        saveConversation(session.conversationId, session.token);
        var directLine = window.WebChat.createDirectLine(
          resumed
            ? {
                // Reconnects (GET …/conversations/{id}) instead of starting; polled without a
                // watermark, Direct Line sends the whole transcript it still holds (a WebSocket
                // reconnect would replay only what arrives after it).
                token: session.token,
                conversationId: session.conversationId,
                domain: absolute(config.directLine.domain),
                webSocket: false,
                pollingInterval: config.directLine.pollingInterval
              }
            : {
                token: session.token,
                domain: absolute(config.directLine.domain),
                webSocket: config.directLine.webSocket,
                pollingInterval: config.directLine.pollingInterval,
                conversationStartProperties: { locale: locale }
              }
        );
        // Direct Line renews the token every 15 minutes; the newest one is what a reload offers back.
        window.addEventListener('pagehide', function () {
          if (typeof directLine.token === 'string') saveConversation(session.conversationId, directLine.token);
        });
        directLine.connectionStatus$.subscribe(function (value) {
          if (value === ONLINE) connected();
          else if (value === FAILED_TO_CONNECT || value === ENDED) showStatus(strings.error, true);
        });
        function render() {
          window.WebChat.renderWebChat(
            {
              directLine: directLine,
              store: store,
              // No userID: the token names the user (Azure embeds it; the local Direct Line enforces it).
              locale: locale,
              nonce: config.nonce,
              styleOptions: {
                accent: config.accent,
                botAvatarInitials: config.botInitials || undefined,
                botAvatarBackgroundColor: config.accent,
                userAvatarInitials: config.userInitials || undefined,
                bubbleFromUserBackground: config.accent,
                bubbleFromUserBorderColor: config.accent,
                bubbleFromUserTextColor: config.accentText,
                bubbleBorderRadius: 8,
                bubbleFromUserBorderRadius: 8,
                bubbleMaxWidth: 560,
                hideUploadButton: true,
                primaryFont: "'Segoe UI', system-ui, -apple-system, 'Noto Sans', Roboto, sans-serif",
                rootHeight: '100%',
                rootWidth: '100%',
                sendBoxButtonColorOnHover: config.accent,
                suggestedActionLayout: 'flow'
              }
            },
            document.getElementById('webchat')
          );
        }
        switchTo = function (next) {
          if (next === locale || !config.strings[next]) return;
          locale = next;
          strings = config.strings[next];
          applyStrings();
          // Rendering again with the new locale prop keeps the conversation and its store.
          render();
        };
        render();
      })
      .catch(function () {
        showStatus(strings.error, true);
      });
  }

  /**
   * A result card is longer than the chat, and Web Chat scrolls to the end of what arrives: the
   * sources and the answers, with the verdict out of sight above (screens above on a phone).
   * When a verdict appears, the transcript scrolls back to it once, so a result is read from its
   * top; a message the user sends afterwards scrolls to the end as before.
   */
  function showVerdicts(root) {
    var SEEN = 'data-verdict-shown';
    function reveal(verdict) {
      var scroller = verdict.closest('.webchat__basic-transcript__scrollable');
      if (!scroller) return;
      var offset = verdict.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 8;
      if (offset < 0 || offset > scroller.clientHeight / 2) scroller.scrollTop += offset;
    }
    function check() {
      var found = root.querySelectorAll('[id^="verdict-"]:not([' + SEEN + '])');
      for (var i = 0; i < found.length; i++) {
        var verdict = found[i];
        verdict.setAttribute(SEEN, '');
        // After Web Chat's own scroll to the end (it animates for a moment): then, and again once
        // it has surely settled, unless the user scrolled meanwhile.
        var settle = function (v) {
          setTimeout(function () { reveal(v); }, 250);
          setTimeout(function () { reveal(v); }, 900);
        };
        settle(verdict);
      }
    }
    new MutationObserver(check).observe(root, { childList: true, subtree: true });
  }

  /**
   * Every step of an action comes as a new card, and the older copies stay in the transcript:
   * each card carries its action card's marker (action-card-<id>) on its first element, and all
   * but the newest card with a marker are greyed out and take no input (inert). A click that
   * still reaches an older copy is answered as stale by the bot.
   */
  function retireOldCopies(root) {
    var RETIRED = 'retired-copy';
    function check() {
      var newest = {};
      var marked = root.querySelectorAll('[id^="action-card-"]');
      for (var i = 0; i < marked.length; i++) {
        var card = marked[i].closest('.ac-adaptiveCard');
        if (!card) continue;
        var previous = newest[marked[i].id];
        if (previous && previous !== card && !previous.hasAttribute('inert')) {
          previous.setAttribute('inert', '');
          previous.setAttribute('aria-disabled', 'true');
          previous.classList.add(RETIRED);
        }
        newest[marked[i].id] = card;
      }
    }
    new MutationObserver(check).observe(root, { childList: true, subtree: true });
  }

  /**
   * A card's menu of secondary buttons (the question card's Start over, Help and Cancel) opens
   * from a button the card renderer labels "..." and reads out in English: it gets a word, in the
   * page's language, as its label and its name.
   */
  function nameMoreButtons(root) {
    function check() {
      var buttons = root.querySelectorAll('.ac-pushButton[aria-label="More options"], .ac-pushButton[data-more]');
      for (var i = 0; i < buttons.length; i++) {
        var button = buttons[i];
        if (button.getAttribute('data-more') === strings.more) continue;
        button.textContent = strings.more;
        button.setAttribute('aria-label', strings.more);
        button.setAttribute('data-more', strings.more);
      }
    }
    new MutationObserver(check).observe(root, { childList: true, subtree: true });
  }

  retry.addEventListener('click', function () {
    window.location.reload();
  });

  applyStrings();
  forgetOldUserId();
  showVerdicts(document.getElementById('webchat'));
  retireOldCopies(document.getElementById('webchat'));
  nameMoreButtons(document.getElementById('webchat'));
  start();
})();
