type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * Called for every answer that says the caller is not signed in (`UNAUTHENTICATED`): the Apollo
 * link of `shared/apollo.ts`, and plain requests such as evidence uploads.
 */
export function reportUnauthenticated(): void {
  for (const listener of listeners) listener();
}

/** Runs `listener` on every such answer until the returned function is called. */
export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
