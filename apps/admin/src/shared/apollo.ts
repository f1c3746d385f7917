import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { errorCode } from './errors';

/**
 * The app's Apollo Client. `onUnauthenticated` runs for every answer that says the session is
 * gone (`UNAUTHENTICATED`, in a GraphQL error or as a 401), whichever page asked.
 */
export function createApolloClient(onUnauthenticated: () => void = () => undefined): ApolloClient {
  const sessionCheck = new ErrorLink(({ error }) => {
    if (errorCode(error) === 'UNAUTHENTICATED') onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([sessionCheck, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
  });
}
