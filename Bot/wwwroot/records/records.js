// The record, evidence-log and verify pages. The case code lives only in this page's memory and in request bodies:
// never in an address, cookie or storage. On the evidence page, files are read and hashed here (Web Crypto); only
// the digest, size, type and what the survivor typed are sent.
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('rr-config').textContent);
  var strings = config.strings[config.language];
  var page = document.body.getAttribute('data-page');
  var statusLine = document.getElementById('rr-status');
  var caseCode = null;

  function text(key) {
    return strings[key];
  }

  function status(key) {
    statusLine.textContent = key ? text(key) : '';
  }

  function element(tag, content, className) {
    var node = document.createElement(tag);
    if (content) {
      node.textContent = content;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function refusal(response) {
    if (response.status === 404) {
      return 'records.page.not_found';
    }
    if (response.status === 429) {
      return 'records.page.too_many';
    }
    return 'records.page.failed';
  }

  function post(path, body, accept) {
    return fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', 'Accept': accept || 'application/json' },
      body: JSON.stringify(body)
    });
  }

  document.getElementById('rr-exit').addEventListener('click', function (event) {
    event.preventDefault();
    document.documentElement.style.visibility = 'hidden';
    window.location.replace(this.href);
  });

  // --- /record -------------------------------------------------------------------------------------------------
  function setUpRecord() {
    var form = document.getElementById('rr-code');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var pdf = !event.submitter || event.submitter.value !== 'json';
      status(null);
      post('/api/records', { caseCode: document.getElementById('rr-case-code').value }, pdf ? 'application/pdf' : 'application/json')
        .then(function (response) {
          if (!response.ok) {
            status(refusal(response));
            return null;
          }
          return response.blob().then(function (blob) {
            var link = document.createElement('a');
            link.href = URL.createObjectURL(blob);
            link.download = 'reportbot-record.' + (pdf ? 'pdf' : 'json');
            document.body.appendChild(link);
            link.click();
            link.remove();
            setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
            status('records.page.ready');
          });
        })
        .catch(function () { status('records.page.failed'); });
    });
  }

  // --- /verify -------------------------------------------------------------------------------------------------
  function setUpVerify() {
    var result = document.getElementById('rr-result');
    document.getElementById('rr-verify').addEventListener('submit', function (event) {
      event.preventDefault();
      var file = document.getElementById('rr-file').files[0];
      if (!file) {
        return;
      }
      status(null);
      file.arrayBuffer().then(function (bytes) {
        return fetch('/api/records/verify', { method: 'POST', cache: 'no-store', headers: { 'Content-Type': 'application/octet-stream' }, body: bytes });
      }).then(function (response) {
        return response.ok ? response.json() : Promise.reject(new Error(String(response.status)));
      }).then(function (answer) {
        result.textContent = '';
        result.hidden = false;
        if (!answer.valid) {
          result.appendChild(element('p', text('records.verify.invalid'), 'rr-invalid'));
          return;
        }
        result.appendChild(element('p', text('records.verify.valid').replace('{signedAt}', answer.signedAt).replace('{keyId}', answer.keyId), 'rr-valid'));
        result.appendChild(element('h2', text('records.verify.content')));
        answer.record.entries.forEach(function (entry) {
          var item = element('article', null, 'rr-entry');
          item.appendChild(element('h3', entry.seq + '. ' + entry.heading.ko + ' / ' + entry.heading.en));
          item.appendChild(element('p', entry.recordedAt.korea + ' (' + entry.recordedAt.utc + ')', 'rr-time'));
          item.appendChild(element('p', entry.text, 'rr-text'));
          result.appendChild(item);
        });
      }).catch(function () { status('records.page.failed'); });
    });
  }

  // --- /evidence -----------------------------------------------------------------------------------------------
  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function showLog(log) {
    document.getElementById('rr-log').hidden = false;
    var list = document.getElementById('rr-entries');
    list.textContent = '';
    log.files.forEach(function (file) {
      list.appendChild(element('li', file.recordedAt + ' — ' + (file.label || '-') + ' — SHA-256 ' + file.sha256 + ' (' + file.size + ' B)'));
    });
    log.urls.forEach(function (url) {
      list.appendChild(element('li', url.recordedAt + ' — ' + url.url));
    });
    if (!log.files.length && !log.urls.length) {
      list.appendChild(element('li', text('records.evidence.none')));
    }
    var takedowns = document.getElementById('rr-takedown-list');
    takedowns.textContent = '';
    log.takedowns.forEach(function (takedown) {
      var block = element('section', null, 'rr-takedown');
      block.appendChild(element('h3', takedown.name));
      if (takedown.website || takedown.phones.length) {
        block.appendChild(element('p', [takedown.website].concat(takedown.phones).filter(Boolean).join(' · ')));
      }
      var area = element('textarea');
      area.readOnly = true;
      area.rows = 10;
      area.value = takedown.text;
      block.appendChild(area);
      takedowns.appendChild(block);
    });
    document.getElementById('rr-takedown').hidden = log.takedowns.length === 0;
    var blocking = document.getElementById('rr-blocking-list');
    blocking.textContent = '';
    log.blocking.forEach(function (service) {
      blocking.appendChild(element('li', service.name + (service.website ? ' (' + service.website + ')' : '') + ': ' + service.services));
    });
    document.getElementById('rr-blocking').hidden = log.blocking.length === 0;
  }

  function send(body, doneKey) {
    body.caseCode = caseCode;
    body.language = config.language;
    return post('/api/evidence', body).then(function (response) {
      if (response.status === 409) {
        return response.json().then(function (log) {
          showLog(log);
          statusLine.textContent = text('records.evidence.full').replace('{files}', log.limits.files).replace('{urls}', log.limits.urls);
        });
      }
      if (response.status === 400 && body.url) {
        status('records.evidence.url_invalid');
        return null;
      }
      if (!response.ok) {
        status(refusal(response));
        return null;
      }
      return response.json().then(function (log) {
        showLog(log);
        status(doneKey);
      });
    }).catch(function () { status('records.page.failed'); });
  }

  function setUpEvidence() {
    document.getElementById('rr-code').addEventListener('submit', function (event) {
      event.preventDefault();
      caseCode = document.getElementById('rr-case-code').value;
      send({}, null);
    });

    document.getElementById('rr-files').addEventListener('submit', function (event) {
      event.preventDefault();
      var files = Array.prototype.slice.call(document.getElementById('rr-picked').files);
      if (!files.length || !window.crypto || !window.crypto.subtle) {
        status('records.page.failed');
        return;
      }
      var label = document.getElementById('rr-label').value;
      var made = document.getElementById('rr-made').value;
      status('records.evidence.hashing');
      Promise.all(files.map(function (file) {
        return file.arrayBuffer().then(function (bytes) {
          return window.crypto.subtle.digest('SHA-256', bytes);
        }).then(function (digest) {
          return { sha256: hex(digest), size: file.size, type: file.type || null, label: label || null, madeOn: made || null };
        });
      })).then(function (digests) {
        // The service takes up to 20 digests per request: send larger picks in turns.
        var batches = [];
        for (var i = 0; i < digests.length; i += 20) {
          batches.push(digests.slice(i, i + 20));
        }
        return batches.reduce(function (previous, batch) {
          return previous.then(function () { return send({ files: batch }, 'records.evidence.added'); });
        }, Promise.resolve());
      }).then(function () {
        document.getElementById('rr-files').reset();
      }).catch(function () { status('records.page.failed'); });
    });

    document.getElementById('rr-urls').addEventListener('submit', function (event) {
      event.preventDefault();
      send({ url: document.getElementById('rr-url').value }, 'records.evidence.added').then(function () {
        document.getElementById('rr-url').value = '';
      });
    });
  }

  if (page === 'verify') {
    setUpVerify();
  } else if (page === 'evidence') {
    setUpEvidence();
  } else {
    setUpRecord();
  }
})();
