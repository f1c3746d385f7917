import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

/** Content types of the files the admin's build writes; anything else is left to `express.static`. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** The precompressed copies the build writes beside each file (`apps/admin/vite-plugins/precompress.ts`), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

type EncodingName = (typeof ENCODINGS)[number]['name'];

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * The encodings an `Accept-Encoding` header allows, by the client's preference (q-values; `*`
 * stands for any encoding not named; `q=0` refuses), ties broken by our order (Brotli first).
 */
export function acceptedEncodings(header: string | undefined): EncodingName[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    if (token === '') continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    weights.set(token, Number.isFinite(weight) ? weight : 0);
  }
  const star = weights.get('*');
  const ranked = ENCODINGS.map((encoding, order) => ({ name: encoding.name, order, weight: weights.get(encoding.name) ?? star ?? 0 }));
  return ranked
    .filter((e) => e.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((e) => e.name);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

interface Precompressed {
  distDir: string;
  /** `Cache-Control` of a file by its path inside the build. */
  cacheControl: (relative: string) => string;
}

/**
 * Sends the Brotli or gzip copy of a built file when the client accepts one and the build wrote
 * it (`Content-Encoding`, the original's `Content-Type`, `Vary: Accept-Encoding`); otherwise the
 * request goes on to the plain file. `relative` is the file inside the build, or null for the
 * request's own path.
 */
function sendPrecompressed(
  { distDir, cacheControl }: Precompressed,
  req: Request,
  res: Response,
  next: NextFunction,
  relative: string | null = null,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return next();
  let inside: string;
  try {
    inside = relative ?? decodeURIComponent(req.path).replace(/^\/+/, '');
  } catch {
    return next();
  }
  const file = path.resolve(distDir, inside);
  if (!file.startsWith(distDir + path.sep)) return next();
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()];
  if (type === undefined) return next();
  // Whatever is sent for this address depends on the header, compressed or not.
  res.setHeader('Vary', 'Accept-Encoding');
  for (const name of acceptedEncodings(req.headers['accept-encoding'])) {
    const suffix = ENCODINGS.find((e) => e.name === name)!.suffix;
    const candidate = file + suffix;
    if (!isFile(candidate) || !isFile(file)) continue;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', name);
    res.setHeader('Cache-Control', cacheControl(path.relative(distDir, file)));
    res.sendFile(candidate, { cacheControl: false, acceptRanges: false, dotfiles: 'deny' }, (error?: Error) => {
      if (error && !res.headersSent) next(error);
    });
    return;
  }
  next();
}

/**
 * Serves the built admin app at `/` with its client-side routes: any GET that is not the API and
 * names no file gets `index.html`. Files under `assets/` have content hashes in their names and
 * are cached for a year as immutable; `index.html` is revalidated every time, anything else kept
 * an hour. Each file goes out as its precompressed Brotli or gzip copy when the client accepts it.
 */
export function adminStatic(distDir: string): Router | null {
  const root = path.resolve(distDir);
  const indexHtml = path.join(root, 'index.html');
  if (!existsSync(indexHtml)) return null;
  const cacheControl = (relative: string): string =>
    relative.startsWith(`assets${path.sep}`)
      ? `public, max-age=${YEAR_SECONDS}, immutable`
      : relative === 'index.html'
        ? 'no-cache'
        : 'public, max-age=3600';
  const precompressed: Precompressed = { distDir: root, cacheControl };
  const plainHeaders = (res: Response, file: string) => {
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', cacheControl(path.relative(root, file)));
  };
  const router = express.Router();
  router.use((req, res, next) => (req.path === '/' ? next() : sendPrecompressed(precompressed, req, res, next)));
  // Hashed assets that do not exist are 404s, never the app's page.
  router.use(
    '/assets',
    express.static(path.join(root, 'assets'), { index: false, fallthrough: false, cacheControl: false, setHeaders: plainHeaders }),
  );
  router.use(express.static(root, { index: false, cacheControl: false, setHeaders: plainHeaders }));
  router.get(/^\/(?!graphql|health|ready|sms\/|auth\/|dev-idp\/).*/, (req, res, next) => {
    sendPrecompressed(
      precompressed,
      req,
      res,
      () => {
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('Content-Type', CONTENT_TYPES['.html']!);
        res.sendFile(indexHtml, { cacheControl: false }, (error?: Error) => {
          if (error && !res.headersSent) next(error);
        });
      },
      'index.html',
    );
  });
  return router;
}
