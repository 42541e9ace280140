// Serves the demo host pages (docs/examples/) with a strict Content-Security-Policy header, after
// building the elements: `node packages/elements/serve.mjs` → http://127.0.0.1:4178/docs/examples/
// Local only (127.0.0.1), read-only, files inside the repository only. Ctrl+C stops it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const port = Number(process.env.PORT) || 4178;
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

if (!process.argv.includes('--no-build') || !existsSync(path.join(here, 'dist/yinfa-elements.js'))) execFileSync('node', [path.join(here, 'build.mjs')], { stdio: 'inherit' });

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root + path.sep) || file.includes(`${path.sep}node_modules${path.sep}`) || file.includes(`${path.sep}.git`)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) {
    if (url.pathname.replace(/\/$/, '') === '/docs/examples') {
      const pages = ['bank-transfer', 'mall-silver-zone', 'gov-service', 'vue'];
      res.writeHead(200, { 'content-type': TYPES['.html'], 'content-security-policy': CSP });
      res.end(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>Yinfa elements demos</title><h1>Yinfa elements demos</h1><ul>${pages.map((p) => `<li><a href="${p}.html">${p}</a></li>`).join('')}</ul>`);
      return;
    }
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Yinfa element demos (strict CSP): http://127.0.0.1:${port}/docs/examples/`);
});
