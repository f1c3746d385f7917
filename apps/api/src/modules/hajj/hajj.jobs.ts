import type { JobQueue } from '../../platform/jobs/job-queue';
import type { InvitationWaveService } from './waves/invitation-wave.service';
import { INVITATION_WAVE_JOB } from './waves/invitation-wave.service';
import type { SeatReleaseService } from './waves/seat-release.service';
import { SEAT_RELEASE_JOB } from './waves/seat-release.service';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The next run of a recurring job: one job row per period (the dedupe key), so scheduling twice is harmless. */
async function scheduleAt(jobs: JobQueue, kind: string, periodMs: number, from: Date): Promise<void> {
  const runAt = new Date(Math.ceil((from.getTime() + 1) / periodMs) * periodMs);
  await jobs.enqueue(kind, {}, { runAt, dedupeKey: `${kind}:${runAt.toISOString()}`, maxAttempts: 3 });
}

/**
 * The Hajj context's recurring jobs on the PostgreSQL queue (any API process may run them; both
 * are idempotent): freeing ended holds and missed deadlines every `seatReleaseEverySeconds` (a
 * minute by default), invitation waves every hour.
 */
export function registerHajjJobs(
  jobs: JobQueue,
  seats: SeatReleaseService,
  waves: InvitationWaveService,
  seatReleaseEverySeconds = 60,
): () => Promise<void> {
  const releasePeriod = seatReleaseEverySeconds * 1000;
  jobs.register(SEAT_RELEASE_JOB, async () => {
    try {
      await seats.releaseDue();
    } finally {
      await scheduleAt(jobs, SEAT_RELEASE_JOB, releasePeriod, new Date());
    }
  });
  jobs.register(INVITATION_WAVE_JOB, async () => {
    try {
      await waves.runDue();
    } finally {
      await scheduleAt(jobs, INVITATION_WAVE_JOB, HOUR, new Date());
    }
  });
  return async () => {
    const now = new Date();
    await jobs.enqueue(
      SEAT_RELEASE_JOB,
      {},
      { runAt: now, dedupeKey: `${SEAT_RELEASE_JOB}:start:${Math.floor(now.getTime() / releasePeriod)}`, maxAttempts: 3 },
    );
    await scheduleAt(jobs, INVITATION_WAVE_JOB, HOUR, now);
  };
}
