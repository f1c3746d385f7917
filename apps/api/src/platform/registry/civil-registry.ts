import type { DataSource } from 'typeorm';
import { postJson } from '../outside/outside-service';
import { RegistryMobile, RegistryPerson } from './registry-person.entity';

export interface RegisteredPerson {
  nationalId: string;
  firstName: string;
  lastName: string;
  alive: boolean;
}

/** ثبت احوال: does this national ID with this birth date exist, and who is it? */
export interface CivilRegistry {
  /** The person, or null when no one has this national ID with this birth date (ISO date). */
  findPerson(nationalId: string, birthDate: string): Promise<RegisteredPerson | null>;
}

/** شاهکار: is this mobile number registered to this national ID? */
export interface Shahkar {
  mobileBelongsTo(mobile: string, nationalId: string): Promise<boolean>;
}

export class EmbeddedCivilRegistry implements CivilRegistry, Shahkar {
  constructor(private readonly dataSource: DataSource) {}

  async findPerson(nationalId: string, birthDate: string): Promise<RegisteredPerson | null> {
    const person = await this.dataSource.getRepository(RegistryPerson).findOneBy({ nationalId, birthDate });
    return person && { nationalId: person.nationalId, firstName: person.firstName, lastName: person.lastName, alive: person.alive };
  }

  async mobileBelongsTo(mobile: string, nationalId: string): Promise<boolean> {
    return this.dataSource.getRepository(RegistryMobile).existsBy({ mobile, nationalId });
  }
}

interface HttpOptions {
  url: string;
  apiKey: string;
  timeoutMs: number;
}

/**
 * Production civil registry: `POST {url}/person-inquiry` with `{ nationalId, birthDate }` →
 * `{ found, firstName, lastName, alive }`.
 */
export class HttpCivilRegistry implements CivilRegistry {
  constructor(private readonly options: HttpOptions) {}

  async findPerson(nationalId: string, birthDate: string): Promise<RegisteredPerson | null> {
    const answer = await postJson<{ found: boolean; firstName?: string; lastName?: string; alive?: boolean }>(
      'civil-registry',
      `${this.options.url.replace(/\/$/, '')}/person-inquiry`,
      { nationalId, birthDate },
      { timeoutMs: this.options.timeoutMs, headers: { authorization: `Bearer ${this.options.apiKey}` } },
    );
    if (!answer.found) return null;
    return { nationalId, firstName: answer.firstName ?? '', lastName: answer.lastName ?? '', alive: answer.alive ?? true };
  }
}

/** Production Shahkar: `POST {url}/mobile-match` with `{ nationalId, mobile }` → `{ match }`. */
export class HttpShahkar implements Shahkar {
  constructor(private readonly options: HttpOptions) {}

  async mobileBelongsTo(mobile: string, nationalId: string): Promise<boolean> {
    const answer = await postJson<{ match: boolean }>(
      'shahkar',
      `${this.options.url.replace(/\/$/, '')}/mobile-match`,
      { nationalId, mobile },
      {
        timeoutMs: this.options.timeoutMs,
        headers: { authorization: `Bearer ${this.options.apiKey}` },
      },
    );
    return answer.match === true;
  }
}
