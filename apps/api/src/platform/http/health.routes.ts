import { Router } from 'express';
import type { DataSource } from 'typeorm';

/**
 * `GET /health`: the process is alive. `GET /ready`: the database answers and every migration is
 * applied, so a load balancer may send traffic here.
 */
export function healthRoutes(dataSource: DataSource): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (req, res) => {
    try {
      await dataSource.query('SELECT 1');
      const pending = await dataSource.showMigrations();
      if (pending) {
        res.status(503).json({ status: 'migrations-pending' });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      req.log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'database-unreachable' });
    }
  });
  return router;
}
