// The web chat page: quick exit, language switch, and Bot Framework Web Chat over the bot's own Direct Line
// endpoint. Nothing is written to localStorage, sessionStorage, IndexedDB or cookies: when the tab closes, the
// conversation is gone from this browser. The token is fetched from the bot for each page view.
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('rb-config').textContent);
  var language = config.language;
  var chat = document.getElementById('rb-chat');
  var statusLine = document.getElementById('rb-status');
  var directLine = null;
  var store = null;
  var exited = false;
  var lastEscape = 0;
  var ESCAPE_WINDOW_MS = 1500;

  function text(key) {
    return config.strings[language][key];
  }

  // --- Quick exit -------------------------------------------------------------------------------------------
  // Replace (not push) the history entry so Back does not return here, hide everything at once, stop talking to
  // the bot. In an iframe, the embedding page is replaced as well when the browser allows it.
  function quickExit(event) {
    if (event) {
      event.preventDefault();
    }
    if (exited) {
      return;
    }
    exited = true;
    document.documentElement.style.visibility = 'hidden';
    document.title = '';
    if (window.top !== window.self) {
      try {
        window.top.location.replace(config.quickExitUrl);
      } catch (ignored) {
        // A cross-origin parent may refuse; this frame still leaves.
      }
    }
    window.location.replace(config.quickExitUrl);
    try {
      if (directLine) {
        directLine.end();
      }
    } catch (ignored) {
      // Leaving matters more than a clean disconnect.
    }
    chat.textContent = '';
    store = null;
    directLine = null;
  }

  document.getElementById('rb-exit').addEventListener('click', quickExit);
  window.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') {
      return;
    }
    var now = Date.now();
    if (now - lastEscape <= ESCAPE_WINDOW_MS) {
      quickExit(event);
    } else {
      lastEscape = now;
    }
  }, true);

  // A page restored from the back/forward cache must not show the chat again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && exited) {
      window.location.replace(config.quickExitUrl);
    }
  });

  // --- Language ---------------------------------------------------------------------------------------------
  function applyLanguage() {
    document.documentElement.lang = language;
    var other = language === 'ko' ? 'en' : 'ko';
    document.getElementById('rb-language').setAttribute('lang', other);
    Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (element) {
      element.textContent = text(element.getAttribute('data-text'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-label]'), function (element) {
      element.setAttribute('aria-label', text(element.getAttribute('data-label')));
    });
  }

  document.getElementById('rb-language').addEventListener('click', function () {
    language = language === 'ko' ? 'en' : 'ko';
    applyLanguage();
    if (store && directLine) {
      render();
      // Tell the bot too, as a hidden post-back in words it understands, so the conversation follows the page.
      store.dispatch({ type: 'WEB_CHAT/SEND_POST_BACK', payload: { value: text('webchat.language.command') } });
    }
  });

  // --- Status line ------------------------------------------------------------------------------------------
  function showStatus(key) {
    if (key) {
      statusLine.setAttribute('data-text', key);
      statusLine.textContent = text(key);
      statusLine.hidden = false;
    } else {
      statusLine.hidden = true;
    }
  }

  // --- Web Chat ---------------------------------------------------------------------------------------------
  function render() {
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: config.locales[language],
      nonce: config.nonce,
      styleOptions: {
        hideUploadButton: true,
        rootHeight: '100%',
        bubbleBorderRadius: 8,
        bubbleFromUserBorderRadius: 8,
        sendTimeout: 30000
      }
    }, chat);
  }

  function start() {
    showStatus('webchat.status.connecting');
    fetch(config.tokenPath, {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json' },
      body: '{}'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('token ' + response.status);
      }
      return response.json();
    }).then(function (issued) {
      if (exited) {
        return;
      }
      directLine = window.WebChat.createDirectLine({
        domain: window.location.origin + config.directLinePath,
        token: issued.token,
        webSocket: true,
        conversationStartProperties: { locale: config.locales[language] }
      });
      directLine.connectionStatus$.subscribe(function (state) {
        // ConnectionStatus: 2 Online, 4 FailedToConnect, 5 Ended.
        if (state === 2) {
          showStatus(null);
        } else if (state === 4) {
          showStatus('webchat.status.failed');
        } else if (state === 5) {
          showStatus('webchat.status.ended');
        }
      });
      store = window.WebChat.createStore({});
      render();
    }).catch(function () {
      showStatus('webchat.status.failed');
    });
  }

  applyLanguage();
  start();
}());
