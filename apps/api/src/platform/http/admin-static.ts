import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/**
 * Serves the built admin app at `/` with its client-side routes: any GET that is not the API and
 * names no file gets `index.html`. Hashed assets are cached for a year, `index.html` never.
 */
export function adminStatic(distDir: string): Router | null {
  const indexHtml = path.join(distDir, 'index.html');
  if (!existsSync(indexHtml)) return null;
  const router = express.Router();
  router.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!graphql|health|ready|sms\/|auth\/|dev-idp\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return router;
}
