// A tiny static file server for the built site, for the browser tests only.
//
//   startServer(siteDir) -> { url, close() }    (listens on 127.0.0.1, a free port)
//   node lib/server.js [SITE_DIR] [PORT]          (to look at the site by hand)
//
// - pretty URLs: /nl/x/ serves /nl/x/index.html; /nl/x (a folder) redirects to /nl/x/
// - a missing path answers 404 with the site's own 404 page: /<lang>/404.html for paths
//   under a language folder that has one, else /404.html, else a plain text body
// - never serves anything outside siteDir
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

function statOrNull(p) {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function startServer(siteDir, port = 0) {
  const root = path.resolve(siteDir);

  function notFoundPage(urlPath) {
    const first = urlPath.split('/').filter(Boolean)[0];
    const candidates = [];
    if (first && !first.includes('.')) candidates.push(path.join(root, first, '404.html'));
    candidates.push(path.join(root, '404.html'));
    return candidates.find((c) => statOrNull(c)?.isFile()) || null;
  }

  function send(req, res, status, file, extraHeaders = {}) {
    const body = fs.readFileSync(file);
    res.writeHead(status, {
      'Content-Type': contentType(file),
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      // A strict policy, as a careful host would send it: pages must work with no inline
      // script or style. Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
      'Content-Security-Policy': CSP,
      ...extraHeaders,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function notFound(req, res, urlPath) {
    const page = notFoundPage(urlPath);
    if (page) return send(req, res, 404, page);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : 'not found\n');
  }

  const server = http.createServer((req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' });
        return res.end();
      }
      const { pathname } = new URL(req.url, 'http://localhost');
      let urlPath;
      try {
        urlPath = decodeURIComponent(pathname);
      } catch {
        res.writeHead(400);
        return res.end();
      }
      if (urlPath.includes('\0')) {
        res.writeHead(400);
        return res.end();
      }
      const file = path.join(root, path.normalize(urlPath));
      if (file !== root && !file.startsWith(root + path.sep)) return notFound(req, res, urlPath);

      const st = statOrNull(file);
      if (st?.isDirectory()) {
        if (!urlPath.endsWith('/')) {
          const { search } = new URL(req.url, 'http://localhost');
          res.writeHead(301, { Location: pathname + '/' + search });
          return res.end();
        }
        const index = path.join(file, 'index.html');
        if (statOrNull(index)?.isFile()) return send(req, res, 200, index);
        return notFound(req, res, urlPath);
      }
      if (st?.isFile() && !urlPath.endsWith('/')) return send(req, res, 200, file);
      return notFound(req, res, urlPath);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(err));
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      // keep-alive sockets from the browser would otherwise keep close() waiting
      server.keepAliveTimeout = 1000;
      resolve({
        url: `http://127.0.0.1:${port}`,
        server,
        close: () =>
          new Promise((res) => {
            server.closeAllConnections?.();
            server.close(() => res());
          }),
      });
    });
  });
}

// Run by hand: node lib/server.js [SITE_DIR] [PORT]
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { siteDir } = await import('./site.js');
  const dir = process.argv[2] || siteDir();
  const srv = await startServer(dir, Number(process.argv[3] || 0));
  console.log(`serving ${dir} at ${srv.url}/ (Ctrl-C stops)`);
}
