import { PDFParse } from 'pdf-parse';
import { toPersianDigits } from '@pishkhan/fa-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  activeSeason,
  addCaravan,
  addReceipt,
  hajjStaff,
  preRegisterAs,
  seasonFile,
  startHajjApi,
  type HajjStaff,
  type HajjTestApi,
} from '../../../test-support/hajj-fixtures';
import type { HajjSeason } from '../season/season.entity';

let hajj: HajjTestApi;
let db: DataSource;
let staff: HajjStaff;
let season: HajjSeason;

beforeAll(async () => {
  hajj = await startHajjApi({ HAJJ_LIMIT_PER_IP_MINUTE: '100000', HAJJ_LIMIT_PER_ID_10MIN: '1000' });
  db = hajj.db;
  season = await activeSeason(
    db,
    seasonFile({ groups: [{ provinces: ['سمنان', 'تهران'], opensInHours: -1 }], settings: { paymentDays: 7 } }),
  );
  staff = await hajjStaff(hajj.api, db);
});
afterAll(async () => {
  await hajj.stop();
});

const ALL_DOCUMENTS = { receiptOriginal: true, receiptCopy: true, birthCertificate: true, nationalCard: true };
const CONFIRM = `mutation($t: String!, $d: HajjDocumentsInput!) { hajjConfirmRegistration(trackingCode: $t, documents: $d) { status } }`;
const WITHDRAW = `mutation($r: ID!) { hajjWithdrawRegistration(registrationId: $r) { status } }`;

/** Pre-registers the holder online and gives the tracking code (fails the test on a refusal). */
async function held(holder: Parameters<typeof preRegisterAs>[1], caravanId: string): Promise<string> {
  const answer = await preRegisterAs(hajj.api, holder, caravanId);
  expect(answer.code).toBeUndefined();
  return answer.trackingCode!;
}

const download = (path: string, cookie?: string | null) => fetch(`${hajj.api.url}${path}`, { headers: cookie ? { cookie } : {} });

async function pdfText(response: Response): Promise<string> {
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('the registration receipt as a PDF (rule 9)', () => {
  it('gives the caravan’s staff a Persian PDF of a confirmed registration: tracking code, slip for the difference, the notes', async () => {
    const caravan = await addCaravan(db, season.id, {
      capacity: 10,
      finalCostRials: 285_000_000n,
      managerNationalId: staff.managerNationalId,
    });
    const holder = await addReceipt(db);
    const trackingCode = await held(holder, caravan.id);
    const path = `/hajj/registrations/${trackingCode}.pdf`;

    // Held only: no receipt exists yet.
    expect((await download(path, staff.manager.cookie)).status).toBe(404);
    expect((await staff.manager.gql(CONFIRM, { t: trackingCode, d: ALL_DOCUMENTS })).errors).toBeUndefined();

    const response = await download(path, staff.manager.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="hajj-registration-${trackingCode}.pdf"`);
    const text = await pdfText(response);
    expect(text).toContain(toPersianDigits(trackingCode));
    expect(text).toContain(caravan.code);
    // 285,000,000 final cost less the 10,000,000 deposit, in Persian digits.
    expect(text).toContain('۲۷۵٬۰۰۰٬۰۰۰');
    expect(text).toContain(toPersianDigits(`P${trackingCode}`));
    // Rule 13's dates come from the season: valid until 1394/01/01.
    expect(text).toContain('۱۳۹۴/۰۱/۰۱');

    // Staff whose scope reaches the caravan get it; others read NOT_FOUND, signed out 401.
    expect((await download(path, staff.semnanOffice.cookie)).status).toBe(200);
    expect((await download(path, staff.admin.cookie)).status).toBe(200);
    expect((await download(path, staff.otherManager.cookie)).status).toBe(404);
    expect((await download(path, staff.tehranOffice.cookie)).status).toBe(404);
    expect((await download(path)).status).toBe(401);
    expect((await download('/hajj/registrations/not-a-code.pdf', staff.manager.cookie)).status).toBe(404);

    const audit = (await db.query(
      `SELECT outcome, target_id FROM audit_event WHERE action = 'hajj.registration.receipt.download' AND target_id = $1 ORDER BY id`,
      [trackingCode],
    )) as Array<{ outcome: string; target_id: string }>;
    expect(audit.map((line) => line.outcome)).toEqual(['DENIED', 'SUCCESS', 'SUCCESS', 'SUCCESS', 'DENIED', 'DENIED']);
  });

  it('no longer gives the receipt of a released registration', async () => {
    const caravan = await addCaravan(db, season.id, { capacity: 10, managerNationalId: staff.managerNationalId });
    const holder = await addReceipt(db);
    const trackingCode = await held(holder, caravan.id);
    const confirmed = await staff.manager.gql<{ hajjConfirmRegistration: { status: string } }>(CONFIRM, {
      t: trackingCode,
      d: ALL_DOCUMENTS,
    });
    expect(confirmed.data!.hajjConfirmRegistration.status).toBe('CONFIRMED');
    const [{ id }] = (await db.query('SELECT id FROM hajj_registration WHERE tracking_code = $1', [trackingCode])) as [{ id: string }];
    expect((await staff.manager.gql(WITHDRAW, { r: id })).errors).toBeUndefined();
    expect((await download(`/hajj/registrations/${trackingCode}.pdf`, staff.manager.cookie)).status).toBe(404);
  });
});
