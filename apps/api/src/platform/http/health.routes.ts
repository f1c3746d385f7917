import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { ReplicaRouter } from '../db/read-replica';
import { RETRY_AFTER_SECONDS } from '../db/unreachable';

/** Longest a readiness check waits for the database (a pooler may hold a query while it has no server). */
const READY_TIMEOUT_MS = 2_000;

class ReadyTimeout extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ReadyTimeout(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * `GET /health`: the process is alive. `GET /ready`: the database answers (through its pooler, when
 * there is one) within two seconds and every migration is applied, so a load balancer may send
 * traffic here; otherwise 503 with `Retry-After`, until it answers again. The read replica's state
 * is told but never makes the API unready: while it is away or behind, the primary serves its reads.
 */
export function healthRoutes(database: { dataSource: DataSource; replica?: ReplicaRouter | null }): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (req, res) => {
    const replica = database.replica ? { replica: database.replica.status() } : {};
    try {
      const pending = await within(
        database.dataSource.query('SELECT 1').then(() => database.dataSource.showMigrations()),
        READY_TIMEOUT_MS,
      );
      if (pending) {
        res
          .status(503)
          .set('retry-after', String(RETRY_AFTER_SECONDS))
          .json({ status: 'migrations-pending', ...replica });
        return;
      }
      res.json({ status: 'ready', ...replica });
    } catch (error) {
      req.log.warn({ err: error }, 'readiness check failed');
      res
        .status(503)
        .set('retry-after', String(RETRY_AFTER_SECONDS))
        .json({ status: 'database-unreachable', ...replica });
    }
  });
  return router;
}
