import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Config } from './platform/config/config';
import type { Logger } from './platform/logging/logger';
import { openDatabase, type Database } from './platform/db/database';
import { runMigrations } from './platform/db/migrate';
import { applySeeds, databaseIsUnseeded } from './platform/db/seed';
import { buildAppSchema } from './platform/graphql/schema';
import { createApolloServer } from './platform/graphql/apollo';
import { quotaPlugin } from './platform/graphql/quota';
import type { RequestContext } from './platform/graphql/context';
import { requestLogging } from './platform/http/request-logging';
import { graphqlEndpoint } from './platform/http/graphql-endpoint';
import { RequestLoaders } from './platform/graphql/request-loaders';
import { healthRoutes } from './platform/http/health.routes';
import { adminStatic } from './platform/http/admin-static';
import { httpErrorHandler } from './platform/http/error-handler';
import { sessionCookie } from './platform/http/session-cookie';
import { auditMutationsPlugin } from './platform/audit/audit.plugin';
import { createSsoRouter } from './platform/sso';
import { createFilesRouter } from './platform/files';
import { composeServices, DATABASE_MODEL, RESOLVERS, SEED_SETS, type AppServices } from './composition';
import { RequestRefusal } from './platform/errors/request-refusal';
import { refuseRequest } from './platform/errors/format-error';
import { unavailableRefusal, serviceUnavailablePlugin } from './platform/errors/service-unavailable';
import type { ClientPrincipal } from './platform/auth/principal';

function isGraphqlPath(url: string | undefined): boolean {
  return url === '/graphql' || url?.startsWith('/graphql?') === true || url?.startsWith('/graphql/') === true;
}

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:4000`. */
  url: string;
  port: number;
  httpServer: http.Server;
  database: Database;
  services: AppServices;
  /** Stops accepting, finishes in-flight requests, closes the pool and the embedded database. */
  stop(): Promise<void>;
}

/**
 * Composition root: opens the database, migrates (and seeds an empty embedded one), builds the
 * schema and serves GraphQL at `/graphql`, health at `/health` and `/ready`, and the admin at `/`.
 */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const database = await openDatabase(config, log, DATABASE_MODEL);
  try {
    // Migrations (a session advisory lock) and seeds on the direct connection, past any pooler.
    await runMigrations(database.directDataSource, log);
    if (config.seedOnEmptyDatabase && (await databaseIsUnseeded(database.directDataSource))) {
      await applySeeds(database.directDataSource, SEED_SETS, log);
    }
    const services = composeServices(config, database.dataSource, log, {
      direct: database.directDataSource,
      read: database.readDataSource,
    });
    const schema = await buildAppSchema(RESOLVERS, services.container);

    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', config.trustProxyHops);
    // `/graphql` goes straight to Apollo; every other path through Express.
    let graphql: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
    const httpServer = http.createServer((req, res) => (graphql && isGraphqlPath(req.url) ? graphql(req, res) : app(req, res)));
    httpServer.keepAliveTimeout = 65_000;
    const apollo = createApolloServer({
      schema,
      httpServer,
      production: config.isProduction,
      shutdownGraceMs: config.shutdownGraceMs,
      plugins: [quotaPlugin(services.bearer), auditMutationsPlugin(services.audit), serviceUnavailablePlugin],
    });
    await apollo.start();

    // A Bearer key that opens nothing refuses the whole request (public operations too), coded.
    const clientOf = async (key: string, ip: string): Promise<ClientPrincipal> => {
      try {
        return await services.bearer.principalOf(key, ip);
      } catch (error) {
        throw error instanceof RequestRefusal ? refuseRequest(error, error.httpStatus) : unavailableRefusal(error);
      }
    };
    // An unreachable database while the caller is looked up: 503 SERVICE_UNAVAILABLE, not 500.
    const sessionOf = (token: string) =>
      services.sessions.principalOf(token).catch((error: unknown) => {
        throw unavailableRefusal(error);
      });
    graphql = graphqlEndpoint({
      apollo,
      log,
      bodyLimitBytes: config.bodyLimitBytes,
      trustProxyHops: config.trustProxyHops,
      context: async (req, res, meta): Promise<RequestContext> => {
        const session = sessionCookie(req, res, config.auth.secureCookies);
        const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
        const principal = bearer ? await clientOf(bearer, meta.ip) : session.token ? await sessionOf(session.token) : null;
        return {
          requestId: meta.id,
          log: principal ? meta.log.child({ userId: principal.id }) : meta.log,
          ip: meta.ip,
          principal,
          session,
          loaders: new RequestLoaders(),
        };
      },
    });
    app.use(requestLogging(log));
    app.use(healthRoutes(database));
    app.use(
      createFilesRouter({
        files: services.files.service,
        sessions: services.sessions,
        audit: services.audit,
        secureCookies: config.auth.secureCookies,
      }),
    );
    for (const router of services.routes) app.use(router);
    app.use(await createSsoRouter({ config, dataSource: database.dataSource, sessions: services.sessions, audit: services.audit, log }));
    const admin = config.adminDist ? adminStatic(config.adminDist) : null;
    if (admin) app.use(admin);
    else if (config.adminDist) log.warn({ adminDist: config.adminDist }, 'no built admin app found: serving the API only');
    app.use((_req, _res, next) => next({ status: 404 }));
    app.use(httpErrorHandler);

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const port = (httpServer.address() as AddressInfo).port;
    const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    const url = `http://${host}:${port}`;
    await services.start();
    if (config.jobsEnabled) services.jobs.start(config.jobsPollIntervalMs);
    // Last: whoever waits for this line (main.ts's signal handlers, tests, operators) finds it started.
    log.info({ url, graphql: `${url}/graphql`, embeddedDatabase: database.embedded }, 'Pishkhan API listening');

    let stopping: Promise<void> | null = null;
    return {
      url,
      port,
      httpServer,
      database,
      services,
      stop() {
        stopping ??= (async () => {
          await apollo.stop(); // the drain plugin closes the HTTP server and waits for requests
          await services.jobs.stop();
          await database.close();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
