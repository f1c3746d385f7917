/**
 * A typed name for a service one context provides and others (or the platform) use. The key lives
 * with its interface: platform keys in `platform/context/platform-keys.ts`, a context's own keys
 * in its `index.ts`.
 */
export class ServiceKey<T> {
  /** Never set: carries `T` so that `get` is typed. */
  declare readonly type?: T;
  constructor(readonly name: string) {}
}

/**
 * The services contexts provide to one another while the process is composed. Contexts are
 * composed in the order `composition.ts` lists them, so a context can use what an earlier one
 * provided; asking for a key nobody provided (yet) is a wiring bug and fails at start.
 */
export class ServiceRegistry {
  private readonly services = new Map<ServiceKey<unknown>, unknown>();

  provide<T>(key: ServiceKey<T>, service: T): void {
    if (this.services.has(key)) throw new Error(`Service "${key.name}" is provided twice`);
    this.services.set(key, service);
  }

  get<T>(key: ServiceKey<T>): T {
    if (!this.services.has(key)) throw new Error(`Service "${key.name}" is not provided by any context composed before this one`);
    return this.services.get(key) as T;
  }
}
