// tests/lrs/lrs_server.js MODULES_DIR STATE_DIR: runs Learning Locker's statement service
// (npm xapi-statements, in-memory models and storage) on a loopback port for the LRS tests.
// Around it, in this process and on loopback only:
//  - the client-info endpoint the service asks about every request's Authorization header
//    (in Learning Locker this is its API's /auth; here it knows one user and one token);
//  - a pass-through proxy in front of the service that can be told to fail: POST
//    /__fail?skip=S&after=K&times=T lets S statement POSTs pass, then makes the next T forward
//    only their first K statements to the real service and answer 500 (a store failing halfway
//    through a batch).
// Writes STATE_DIR/ports.json {lrs, proxy} once everything listens. Stops on SIGTERM.
'use strict';
const http = require('http');
const net = require('net');
const path = require('path');
const fs = require('fs');
const modules = process.argv[2], state = process.argv[3];

// Loopback only: the service calls listen(port) without a host; give it 127.0.0.1.
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  return listen.apply(this, args);
};

const USER = 'meldsim', PASSWORD = 'geheim-wachtwoord', TOKEN = 'test-token-123';
const client = {
  _id: '5988f0f00000000000000001', title: 'meldsim tests', isTrusted: true,
  lrs_id: '5988f0f00000000000000002', organisation: '5988f0f00000000000000003',
  scopes: ['all'], authority: { objectType: 'Agent', name: 'meldsim tests',
    mbox: 'mailto:tests@meldsim.invalid' },
};
const basic = 'Basic ' + Buffer.from(USER + ':' + PASSWORD).toString('base64');
const auth = http.createServer((req, res) => {
  const h = req.headers.authorization || '';
  if (h === basic || h === 'Bearer ' + TOKEN) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(client));
  } else {
    res.writeHead(404); res.end();
  }
});

function freePort() {
  return new Promise((ok) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); });
  });
}

let fail = { skip: 0, after: 0, times: 0 };
let lrsPort;
function forward(req, body, res, cut) {
  const headers = Object.assign({}, req.headers);
  headers['content-length'] = Buffer.byteLength(body);
  const up = http.request({ host: '127.0.0.1', port: lrsPort, method: req.method, path: req.url,
    headers }, (r) => {
    const chunks = [];
    r.on('data', (c) => chunks.push(c));
    r.on('end', () => {
      if (cut) { res.writeHead(500, { 'Content-Type': 'text/plain' }); res.end('injected failure'); return; }
      res.writeHead(r.statusCode, r.headers); res.end(Buffer.concat(chunks));
    });
  });
  up.on('error', () => { res.writeHead(502); res.end('upstream down'); });
  up.end(body);
}
const proxy = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let body = Buffer.concat(chunks);
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/__fail') {
      fail = { skip: +url.searchParams.get('skip') || 0, after: +url.searchParams.get('after') || 0,
        times: +url.searchParams.get('times') || 1 };
      res.end('ok'); return;
    }
    const post = req.method === 'POST' && /\/statements$/.test(url.pathname);
    if (post && fail.times > 0 && fail.skip > 0) {
      fail.skip--;
    } else if (post && fail.times > 0) {
      fail.times--;
      const part = JSON.parse(body.toString()).slice(0, fail.after);
      if (part.length === 0) { res.writeHead(500); res.end('injected failure'); return; }
      forward(req, JSON.stringify(part), res, true);
      return;
    }
    forward(req, body, res, false);
  });
});

(async () => {
  lrsPort = await freePort();
  await new Promise((ok) => auth.listen(0, '127.0.0.1', ok));
  await new Promise((ok) => proxy.listen(0, '127.0.0.1', ok));
  Object.assign(process.env, {
    EXPRESS_PORT: String(lrsPort), AUTH_REPO: 'fetch', EVENTS_REPO: 'test',
    MODELS_REPO: 'memory', STORAGE_REPO: 'memory', WINSTON_CONSOLE_LEVEL: 'error',
    LL_CLIENT_INFO_ENDPOINT: 'http://127.0.0.1:' + auth.address().port + '/auth',
    EXPRESS_MORGAN_DIRECTORY: path.join(state, 'accessLogs'),
    FS_LOCAL_STORAGE_DIR: path.join(state, 'storage'),
  });
  process.chdir(state);
  require(path.join(modules, 'xapi-statements', 'dist', 'server.js'));
  // Ready when the service answers its about resource.
  for (let i = 0; i < 200; i++) {
    const ok = await new Promise((done) => {
      http.get({ host: '127.0.0.1', port: lrsPort, path: '/xAPI/about' }, (r) => { r.resume(); done(r.statusCode === 200); })
        .on('error', () => done(false));
    });
    if (ok) break;
    await new Promise((t) => setTimeout(t, 50));
  }
  fs.writeFileSync(path.join(state, 'ports.json.tmp'),
    JSON.stringify({ lrs: lrsPort, proxy: proxy.address().port }));
  fs.renameSync(path.join(state, 'ports.json.tmp'), path.join(state, 'ports.json'));
})();
