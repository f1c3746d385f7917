import type { Principal } from '../auth/principal';

/**
 * The key of one caller, as far as what he may see goes: the person and the role he acts in (a
 * role switch changes his rows), the calling system, or nobody.
 */
export function principalKey(principal: Principal | null): string {
  if (!principal) return 'anonymous';
  if (principal.kind === 'client') return `client:${principal.id}`;
  return `user:${principal.id}:${principal.roleAssignmentId}`;
}

/**
 * Request-scoped loaders (DataLoader instances), made on first use and dropped with the request,
 * so a list of N rows resolves its relations in a fixed number of queries and no cache outlives
 * the request. Loaders are kept per caller: a loader filters its rows by what its principal may
 * see, and a request that changes its principal (sign-in, role switch) gets new loaders, so no
 * cached row crosses from one principal to another.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, unknown>();

  /** The loaders called `name` for `principal`, made by `create(principal)` on first use. */
  get<T>(name: string, principal: Principal | null, create: (principal: Principal | null) => T): T {
    const key = `${name}\u0000${principalKey(principal)}`;
    let loader = this.loaders.get(key) as T | undefined;
    if (loader === undefined) {
      loader = create(principal);
      this.loaders.set(key, loader);
    }
    return loader;
  }
}
