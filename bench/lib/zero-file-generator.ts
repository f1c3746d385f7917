import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { withCheckDigit } from '@pishkhan/national-id';
import { PILOT_PREFIXES } from '../../apps/api/src/modules/households/households.seed';

const FIRST = ['علی', 'زهرا', 'محمد', 'فاطمه', 'حسین', 'مریم', 'رضا', 'سارا'];
const LAST = ['احمدی', 'محمدی', 'حسینی', 'رضایی', 'کریمی', 'موسوی'];
const PROVINCES = ['سمنان', 'تهران', 'قزوین', 'اصفهان', 'فارس'];

/**
 * Writes a synthetic zero file of `households` lines: valid national IDs (one in ten with a pilot
 * prefix), one to six members with exactly one head, one household in fifty armed-forces. Every
 * value follows from the line number, so the same N gives the same file.
 */
export async function writeZeroFile(path: string, households: number): Promise<void> {
  const out = createWriteStream(path);
  // Distinct people: the pilot's households count on their own, each prefix holds a million.
  let person = 0;
  let pilotPerson = 0;
  for (let n = 1; n <= households; n += 1) {
    const size = 1 + (n % 6);
    const pilot = n % 10 === 0;
    const members = Array.from({ length: size }, (_, k) => {
      const index = pilot ? pilotPerson++ : person++;
      const prefix = pilot
        ? PILOT_PREFIXES[Math.floor(index / 1_000_000) % PILOT_PREFIXES.length]!
        : String(100 + Math.floor(index / 1_000_000));
      const nationalId = withCheckDigit(`${prefix}${String(index % 1_000_000).padStart(6, '0')}`);
      return {
        nationalId,
        firstName: FIRST[(n + k) % FIRST.length],
        lastName: LAST[n % LAST.length],
        birthDate: `13${String(40 + ((n + k * 7) % 60)).padStart(2, '0')}-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
        gender: k % 2 ? 'F' : 'M',
        relation: k === 0 ? 'HEAD' : k === 1 ? 'SPOUSE' : 'CHILD',
      };
    });
    const line = JSON.stringify({
      householdId: `synthetic-${n}`,
      trackingCode: String(80_000_000_000_000 + n),
      cluster: 1 + (n % 10),
      province: PROVINCES[n % PROVINCES.length],
      armedForces: n % 50 === 0,
      members,
    });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
