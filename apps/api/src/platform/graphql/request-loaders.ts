/**
 * Request-scoped loaders (DataLoader instances), made on first use and dropped with the request,
 * so a list of N rows resolves its relations in a fixed number of queries and no cache outlives
 * the request (or the caller's permissions).
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, unknown>();

  get<T>(name: string, create: () => T): T {
    let loader = this.loaders.get(name) as T | undefined;
    if (loader === undefined) {
      loader = create();
      this.loaders.set(name, loader);
    }
    return loader;
  }
}
