import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { graphqlBody, type LoadTarget } from './load';

export interface BaselineServer {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  /** The request the baseline is loaded with: `{ hello }`. */
  target: LoadTarget;
  stop(): Promise<void>;
}

/**
 * A bare Apollo Server 5 (its own standalone HTTP server, no Express, no plugins, no database)
 * answering `{ hello }`, started in this process on a free loopback port. It is the yardstick: a
 * benchmark's ratio says how the subject compares with the least work Apollo Server can do.
 */
export async function startBaseline(): Promise<BaselineServer> {
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'world' } },
    stopOnTerminationSignals: false,
  });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return {
    url,
    target: { url, body: graphqlBody('{ hello }') },
    stop: () => server.stop(),
  };
}
