import type { DataSource } from 'typeorm';
import { NoActiveSeasonError } from '../hajj.errors';
import { HajjSeason } from './season.entity';

/**
 * How long a process answers the active season's row from memory. Several API processes share one
 * database and nothing tells one of them that another changed a season, so the bound is time: a
 * change to the season's settings by HAJJ_ADMIN (hold minutes, payment and doctor-visit days, the
 * deposit rules), or another season made active, reaches the public receipt status and the
 * registrations of every process within this many milliseconds (the process that made the change
 * forgets its copy at once). A seat is never given in a season no longer active: the seat
 * transaction checks the season again inside the locks. Province groups and provinces (admission
 * times, invitation cut-offs) are not cached: they take effect at once.
 */
export const ACTIVE_SEASON_TTL_MS = 5_000;

const caches = new WeakMap<DataSource, ActiveSeasonCache>();

/**
 * The active season's row, read at most once per `ACTIVE_SEASON_TTL_MS` by a process (requests
 * arriving while it is read share the read). No active season is never remembered: a season made
 * active is seen at once. The row is frozen: it is shared by every request of the process.
 */
export class ActiveSeasonCache {
  private entry: { at: number; season: Promise<Readonly<HajjSeason> | null> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly ttlMs = ACTIVE_SEASON_TTL_MS,
  ) {}

  /** The cache of this data source (one per API process, whichever service asks). */
  static of(dataSource: DataSource): ActiveSeasonCache {
    let cache = caches.get(dataSource);
    if (!cache) {
      cache = new ActiveSeasonCache(dataSource);
      caches.set(dataSource, cache);
    }
    return cache;
  }

  async active(): Promise<Readonly<HajjSeason> | null> {
    const now = Date.now();
    if (!this.entry || now - this.entry.at >= this.ttlMs) {
      const entry = {
        at: now,
        season: this.dataSource.manager.findOneBy(HajjSeason, { active: true }).then((season) => (season ? Object.freeze(season) : null)),
      };
      this.entry = entry;
      entry.season.then(
        (season) => {
          if (!season && this.entry === entry) this.entry = null;
        },
        () => {
          if (this.entry === entry) this.entry = null;
        },
      );
    }
    return this.entry.season;
  }

  /** Forgets the row: the next request reads it again (this process changed or activated a season). */
  forget(): void {
    this.entry = null;
  }

  async requireActive(): Promise<Readonly<HajjSeason>> {
    const season = await this.active();
    if (!season) throw new NoActiveSeasonError();
    return season;
  }
}
