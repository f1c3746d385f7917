export type Env = Record<string, string | undefined>;

/** A configuration value that is missing or malformed. Its message is one line for the operator. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
    got: string | undefined,
  ) {
    super(`Invalid configuration: ${variable} must be ${expected}${got === undefined ? '' : ` (got "${got}")`}`);
    this.name = 'ConfigError';
  }
}

/** Typed readers over an environment; an empty string counts as unset. */
export function readEnv(env: Env) {
  const raw = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  return {
    string(name: string, fallback: string): string {
      return env[name] === undefined ? fallback : (env[name]?.trim() ?? fallback);
    },
    int(name: string, fallback: number, range: { min: number; max: number }): number {
      const value = raw(name);
      if (value === undefined) return fallback;
      const parsed = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
      if (!Number.isSafeInteger(parsed) || parsed < range.min || parsed > range.max) {
        throw new ConfigError(name, `an integer from ${range.min} to ${range.max}`, value);
      }
      return parsed;
    },
    bool(name: string, fallback: boolean): boolean {
      const value = raw(name)?.toLowerCase();
      if (value === undefined) return fallback;
      if (['1', 'true', 'yes', 'on'].includes(value)) return true;
      if (['0', 'false', 'no', 'off'].includes(value)) return false;
      throw new ConfigError(name, 'true or false', value);
    },
    oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
      const value = raw(name);
      if (value === undefined) return fallback;
      if (!(allowed as readonly string[]).includes(value)) throw new ConfigError(name, `one of ${allowed.join(', ')}`, value);
      return value as T;
    },
    /** A URL with one of the given protocols, or null when unset. The value is never echoed (it may hold a password). */
    url(name: string, protocols: string[]): string | null {
      const value = raw(name);
      if (value === undefined) return null;
      let parsed: URL;
      try {
        parsed = new URL(value);
      } catch {
        throw new ConfigError(name, `a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`, undefined);
      }
      if (!protocols.includes(parsed.protocol)) {
        throw new ConfigError(name, `a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`, undefined);
      }
      return value;
    },
    raw,
  };
}
