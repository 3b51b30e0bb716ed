// The counsellor console. Survivors' words are only ever written with textContent, never as HTML.
(function () {
  'use strict';

  var state = { strings: null, lang: 'ko', token: null, name: null, selected: null, thread: false, lastSeq: 0, hub: null, poll: null, ended: false };
  var $ = function (id) { return document.getElementById(id); };

  function t(key, args) {
    var table = (state.strings && state.strings[state.lang]) || {};
    var text = table[key] || key;
    Object.keys(args || {}).forEach(function (name) { text = text.split('{' + name + '}').join(String(args[name])); });
    return text;
  }

  function translate() {
    document.documentElement.lang = state.lang;
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    $('who').textContent = state.name ? t('signed_in_as', { name: state.name }) : '';
    if (state.token) { refreshQueue(); }
  }

  function api(method, path, body) {
    var init = { method: method, headers: { 'Authorization': 'Bearer ' + state.token }, cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' };
    if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(path, init).then(function (response) {
      if (response.status === 401) { signOut(t('session_expired')); throw new Error('unauthorised'); }
      return response;
    });
  }

  function signIn(event) {
    event.preventDefault();
    $('signin-error').hidden = true;
    fetch('/api/counsellor/login', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'omit', referrerPolicy: 'no-referrer',
      body: JSON.stringify({ name: $('name').value, password: $('password').value })
    }).then(function (response) {
      if (!response.ok) { throw new Error('sign-in failed'); }
      return response.json();
    }).then(function (body) {
      state.token = body.token; state.name = body.name;
      sessionStorage.setItem('reportbot.counsellor', JSON.stringify({ token: body.token, name: body.name }));
      $('password').value = '';
      startDesk();
    }).catch(function () {
      $('signin-error').textContent = t('sign_in_failed');
      $('signin-error').hidden = false;
    });
  }

  function signOut(message) {
    if (state.token && !message) {
      // End the session on the server too, so the token is worthless even if it was copied.
      fetch('/api/counsellor/logout', { method: 'POST', headers: { 'Authorization': 'Bearer ' + state.token }, cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer', keepalive: true }).catch(function () {});
    }
    state.token = null; state.name = null; state.selected = null;
    sessionStorage.removeItem('reportbot.counsellor');
    if (state.hub) { state.hub.stop(); state.hub = null; }
    if (state.poll) { clearInterval(state.poll); state.poll = null; }
    $('desk').hidden = true; $('signin').hidden = false; $('signout').hidden = true;
    $('signin-error').textContent = message || ''; $('signin-error').hidden = !message;
    translate();
  }

  function startDesk() {
    $('signin').hidden = true; $('desk').hidden = false; $('signout').hidden = false;
    translate();
    connectHub();
    state.poll = setInterval(function () { refreshQueue(); pollMessages(); }, 5000);
  }

  function connectHub() {
    if (!window.signalR) { return; }
    var hub = new signalR.HubConnectionBuilder()
      .withUrl('/api/counsellor/hub', { accessTokenFactory: function () { return state.token; } })
      .withAutomaticReconnect()
      .build();
    hub.on('queueChanged', refreshQueue);
    hub.on('message', function (id, message) { if (id === state.selected) { addMessage(message); } });
    hub.on('ended', function (id) { if (id === state.selected) { showEnded(t('ended_by_survivor')); refreshQueue(); } });
    hub.on('erased', function (id) { if (id === state.selected) { showErased(); } refreshQueue(); });
    hub.onreconnected(function () { if (state.selected) { hub.invoke('Watch', state.selected); } });
    hub.start().then(function () { if (state.selected) { hub.invoke('Watch', state.selected); } }).catch(function () { /* polling still works */ });
    state.hub = hub;
  }

  function minutesSince(iso) { return Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 60000)); }

  function languageName(code) { return code === 'en' ? t('lang_en') : t('lang_ko'); }

  // One entry of a console list: its id, and a crisis badge first when the survivor's words signalled one.
  function listItem(item) {
    var li = document.createElement('li');
    li.dataset.id = item.id;
    if (item.crisis) {
      li.classList.add('crisis');
      var badge = document.createElement('span'); badge.className = 'badge'; badge.textContent = t('crisis'); li.appendChild(badge);
    }
    return li;
  }

  function renderList(list, empty, items, action) {
    list.replaceChildren();
    empty.hidden = items.length > 0;
    items.forEach(function (item) {
      var li = listItem(item);
      var info = document.createElement('span');
      info.textContent = t('waiting_for', { minutes: minutesSince(item.waitingSince) }) + ' · ' + t('survivor_language', { language: languageName(item.language) });
      li.appendChild(info);
      if (item.incidentTypes && item.incidentTypes.length) {
        var types = document.createElement('span'); types.className = 'quiet';
        types.textContent = t('incident_types', { types: item.incidentTypes.map(function (type) { return t('incident.' + type); }).join(', ') }); li.appendChild(types);
      }
      var button = document.createElement('button'); button.type = 'button';
      button.textContent = t(action); button.className = action;
      button.addEventListener('click', function () { if (action === 'claim') { claim(item.id); } else { open(item); } });
      li.appendChild(button);
      list.appendChild(li);
    });
  }

  // Times are shown in Korea time, as the survivor named them.
  function koreaTime(iso) {
    return new Intl.DateTimeFormat(state.lang === 'ko' ? 'ko-KR' : 'en-GB', {
      timeZone: 'Asia/Seoul', weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false
    }).format(new Date(iso));
  }

  function windowText(w) { return koreaTime(w.from) + ' - ' + koreaTime(w.to).split(' ').pop(); }

  function renderThreads(list, empty, items, showWaiting) {
    list.replaceChildren();
    empty.hidden = items.length > 0;
    items.forEach(function (item) {
      var li = listItem(item);
      var info = document.createElement('span');
      info.textContent = (showWaiting ? t('waiting_reply_for', { minutes: minutesSince(item.waitingSince) }) + ' · ' : '') + t('survivor_language', { language: languageName(item.language) });
      li.appendChild(info);
      if (item.window) {
        var when = document.createElement('span'); when.className = 'window';
        when.textContent = t('window', { window: windowText(item.window) }); li.appendChild(when);
      }
      if (item.taken === 'other') {
        var taken = document.createElement('span'); taken.className = 'quiet'; taken.textContent = t('claimed_by_other'); li.appendChild(taken);
      } else {
        var button = document.createElement('button'); button.type = 'button';
        button.textContent = t(item.taken === 'me' ? 'read' : 'claim'); button.className = item.taken === 'me' ? 'read' : 'claim';
        button.addEventListener('click', function () { takeThread(item); });
        li.appendChild(button);
      }
      list.appendChild(li);
    });
  }

  function takeThread(item) {
    $('desk-error').hidden = true;
    var taking = item.taken === 'me' ? Promise.resolve({ ok: true }) : api('POST', '/api/counsellor/handoffs/' + item.id + '/claim');
    taking.then(function (response) {
      if (response.status === 409) { $('desk-error').textContent = t('claim_taken'); $('desk-error').hidden = false; refreshQueue(); return; }
      if (!response.ok) { return; }
      refreshQueue();
      open({ id: item.id, status: 'thread', language: item.language, crisis: item.crisis });
    }).catch(function () {});
  }

  function refreshQueue() {
    if (!state.token) { return; }
    api('GET', '/api/counsellor/handoffs?status=waiting').then(function (r) { return r.json(); })
      .then(function (items) { renderList($('queue'), $('queue-empty'), items, 'claim'); }).catch(function () {});
    api('GET', '/api/counsellor/handoffs?status=active').then(function (r) { return r.json(); })
      .then(function (items) { renderList($('mine'), $('mine-empty'), items, 'open'); }).catch(function () {});
    api('GET', '/api/counsellor/threads').then(function (r) { return r.json(); })
      .then(function (items) { renderThreads($('inbox'), $('inbox-empty'), items, true); }).catch(function () {});
    api('GET', '/api/counsellor/threads/windows').then(function (r) { return r.json(); })
      .then(function (items) { renderThreads($('windows'), $('windows-empty'), items, false); }).catch(function () {});
  }

  function claim(id) {
    $('desk-error').hidden = true;
    api('POST', '/api/counsellor/handoffs/' + id + '/claim').then(function (response) {
      if (response.status === 409) { $('desk-error').textContent = t('claim_taken'); $('desk-error').hidden = false; refreshQueue(); return; }
      if (!response.ok) { return; }
      return api('GET', '/api/counsellor/handoffs?status=active').then(function (r) { return r.json(); }).then(function (items) {
        refreshQueue();
        var mine = items.filter(function (i) { return i.id === id; })[0];
        if (mine) { open(mine); }
      });
    }).catch(function () {});
  }

  function line(list, from, text, flagged) {
    var li = document.createElement('li');
    li.className = from + (flagged ? ' flagged' : '');
    var who = document.createElement('span'); who.className = 'from';
    who.textContent = t('from_' + from);
    var body = document.createElement('span'); body.className = 'text';
    body.textContent = text;
    li.append(who, body);
    if (flagged) { var note = document.createElement('div'); note.className = 'error'; note.textContent = t('crisis_flag'); li.appendChild(note); }
    list.appendChild(li);
    list.scrollTop = list.scrollHeight;
  }

  function open(item) {
    var note = item.status === 'thread';
    state.selected = item.id; state.thread = note; state.lastSeq = 0; state.ended = false;
    $('no-selection').hidden = true; $('selected').hidden = false;
    $('transcript').replaceChildren(); $('chat').replaceChildren(); $('status').textContent = note ? t('reply_hint') : '';
    $('send').disabled = false; $('end').disabled = false; disarmEnd();
    $('send').textContent = t(note ? 'reply' : 'send');
    $('chat-heading').dataset.i18n = note ? 'thread' : 'live'; $('chat-heading').textContent = t(note ? 'thread' : 'live');
    $('transcript-part').hidden = note; $('end').hidden = note;
    $('done').hidden = !note; $('done').disabled = false;
    $('meta').textContent = t('survivor_language', { language: languageName(item.language) }) + (item.crisis ? ' · ' + t('crisis') : '');
    if (note) { pollMessages(); if (state.hub && state.hub.state === 'Connected') { state.hub.invoke('Watch', item.id).catch(function () {}); } return; }
    api('GET', '/api/counsellor/handoffs/' + item.id + '/transcript').then(function (r) { return r.ok ? r.json() : { lines: [] }; })
      .then(function (body) { body.lines.forEach(function (l) { line($('transcript'), l.from === 'bot' ? 'bot' : 'survivor', l.text, false); }); })
      .catch(function () {});
    pollMessages();
    if (state.hub && state.hub.state === 'Connected') { state.hub.invoke('Watch', item.id).catch(function () {}); }
  }

  function addMessage(message) {
    if (message.seq <= state.lastSeq) { return; }
    state.lastSeq = message.seq;
    line($('chat'), message.from === 'counsellor' ? 'counsellor' : 'survivor', message.text, message.crisis);
  }

  function pollMessages() {
    var id = state.selected;
    if (!id || state.ended) { return; }
    api('GET', '/api/counsellor/handoffs/' + id + '/messages?after=' + state.lastSeq).then(function (response) {
      // 404: the survivor erased it (seen by polling when the push came through another instance).
      if (response.status === 404) { if (id === state.selected) { showErased(); } return []; }
      if (response.status === 409 || response.status === 403) { return []; }
      return response.json();
    }).then(function (messages) { if (id === state.selected) { messages.forEach(addMessage); } }).catch(function () {});
  }

  function send(event) {
    event.preventDefault();
    var text = $('message').value.trim();
    if (!text || !state.selected) { return; }
    $('send').disabled = true;
    api('POST', '/api/counsellor/handoffs/' + state.selected + (state.thread ? '/reply' : '/messages'), { text: text }).then(function (response) {
      if (!response.ok) { $('status').textContent = t('send_failed'); return; }
      $('message').value = ''; $('status').textContent = state.thread ? t('reply_hint') : '';
      return response.json().then(addMessage);
    }).catch(function () { $('status').textContent = t('send_failed'); }).then(function () { if (!state.ended) { $('send').disabled = false; } });
  }

  function disarmEnd() { var b = $('end'); b.classList.remove('armed'); b.textContent = t('end'); }

  function end() {
    var button = $('end');
    if (!button.classList.contains('armed')) { button.classList.add('armed'); button.textContent = t('end_confirm'); return; }
    api('POST', '/api/counsellor/handoffs/' + state.selected + '/end').then(function (response) {
      if (response.ok) { showEnded(t('ended')); refreshQueue(); }
    }).catch(function () {});
  }

  function noteDone() {
    api('POST', '/api/counsellor/handoffs/' + state.selected + '/end').then(function (response) {
      if (response.ok) { state.ended = true; $('done').disabled = true; $('send').disabled = true; $('status').textContent = t('thread_closed'); refreshQueue(); }
    }).catch(function () {});
  }

  function showEnded(message) {
    state.ended = true;
    $('status').textContent = message;
    $('send').disabled = true; $('end').disabled = true; disarmEnd();
  }

  // Nothing the survivor said stays on screen after they erased it.
  function showErased() {
    $('transcript').replaceChildren(); $('chat').replaceChildren(); $('meta').textContent = ''; $('message').value = '';
    showEnded(t('erased'));
    $('done').disabled = true;
  }

  document.addEventListener('DOMContentLoaded', function () {
    state.lang = (navigator.language || 'ko').toLowerCase().indexOf('ko') === 0 ? 'ko' : 'en';
    $('signin-form').addEventListener('submit', signIn);
    $('send-form').addEventListener('submit', send);
    $('end').addEventListener('click', end);
    $('done').addEventListener('click', noteDone);
    $('signout').addEventListener('click', function () { signOut(); });
    $('lang').addEventListener('click', function () { state.lang = state.lang === 'ko' ? 'en' : 'ko'; translate(); });
    fetch('/api/counsellor/strings', { credentials: 'omit', referrerPolicy: 'no-referrer' }).then(function (r) { return r.json(); }).then(function (strings) {
      state.strings = strings;
      var saved = sessionStorage.getItem('reportbot.counsellor');
      if (saved) { var s = JSON.parse(saved); state.token = s.token; state.name = s.name; startDesk(); } else { translate(); }
      document.body.dataset.ready = 'true';
    });
  });
})();
