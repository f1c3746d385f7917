import { randomBytes, randomInt } from 'node:crypto';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { withCheckDigit } from '@pishkhan/national-id';
import { DATABASE_MODEL } from '../composition';
import { createDataSource } from '../platform/db/data-source';
import { databaseUrl } from '../platform/db/embedded-postgres';
import { dropDatabase, ensureDatabase } from '../platform/db/ensure-database';
import { runMigrations } from '../platform/db/migrate';
import { createLogger } from '../platform/logging/logger';
import { isoToJalali, instantToJalaliTime } from '../modules/hajj/hajj-dates';
import { insertReceipts } from '../modules/hajj/receipts/receipt-import';
import { insertCaravans } from '../modules/hajj/caravans/caravan-import';
import { ReceiptKind } from '../modules/hajj/hajj.enums';
import { parseSeasonFile } from '../modules/hajj/season/season-file';
import { loadSeason } from '../modules/hajj/season/season.service';
import type { HajjSeason } from '../modules/hajj/season/season.entity';
import { startTestApi, type TestApi, type TestClient } from './test-api';
import { createUser, Role, signIn, solvedCaptcha } from './accounts-fixtures';
import { OrganisationUnit, OrganisationUnitType } from '../modules/organisations';

/**
 * The Hajj context has one active season per database, so each Hajj test file works on a database
 * of its own (made and migrated here, dropped at the end) instead of the run's shared one.
 */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = inject('adminDatabaseUrl');
  const name = `pishkhan_hajj_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(admin, name);
  const url = databaseUrl(admin, name);
  const log = createLogger('silent');
  const dataSource = createDataSource({ url, poolSize: 2, log, model: DATABASE_MODEL });
  await dataSource.initialize();
  await runMigrations(dataSource, log);
  await dataSource.destroy();
  return { url, drop: () => dropDatabase(admin, name) };
}

export interface HajjTestApi {
  api: TestApi;
  db: DataSource;
  url: string;
  stop(): Promise<void>;
}

/** The whole API on a database of its own (another API process may be started on `url`). */
export async function startHajjApi(env: Record<string, string> = {}): Promise<HajjTestApi> {
  const database = await freshDatabase();
  const api = await startTestApi({ DATABASE_URL: database.url, ...env });
  return {
    api,
    db: api.server.database.dataSource,
    url: database.url,
    async stop() {
      await api.stop();
      await database.drop();
    },
  };
}

const DAY_MS = 86_400_000;

/**
 * A season file (the CLI's JSON, Jalali) whose groups open relative to now: `opensInHours[i]` for
 * group i (negative: already open). Groups hold the provinces given.
 */
export function seasonFile(options: {
  code?: string;
  groups: Array<{ provinces: string[]; opensInHours: number; invitedDepositsUntil?: string }>;
  settings?: Record<string, unknown>;
}): Record<string, unknown> {
  const now = Date.now();
  return {
    code: options.code ?? `T${randomInt(1e6)}`,
    title: 'فصل آزمایشی',
    eligibleDepositUntil: '1384-10-20',
    onlineSharePercent: 50,
    inviteNextAfterDays: 7,
    holdMinutes: 120,
    paymentDays: 7,
    doctorVisitDays: 14,
    passportValidUntil: '1394-01-01',
    passportHandOverBy: '1393-04-10',
    ...options.settings,
    provinceGroups: options.groups.map((group, i) => ({
      name: `گروه ${i + 1}`,
      provinces: group.provinces,
      announcedOn: isoToJalali(new Date(now - 3 * DAY_MS).toISOString().slice(0, 10)),
      admissionOpensAt: instantToJalaliTime(new Date(now + group.opensInHours * 3_600_000)),
      invitedDepositsUntil: group.invitedDepositsUntil ?? '1384-10-20',
    })),
  };
}

/** Loads a season file (see `seasonFile`) and makes it the active season. */
export async function activeSeason(db: DataSource, file: Record<string, unknown>): Promise<HajjSeason> {
  const parsed = parseSeasonFile(file);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return (await loadSeason(db, parsed.season, true)).season;
}

export interface TestReceipt {
  receiptNumber: string;
  nationalId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  mobile: string;
  province: string;
  kind: ReceiptKind;
  amountRials: bigint;
  depositDate: string;
  branchCode: string;
  acceptedBeforeNotGone: boolean;
}

/** A receipt of its own (random number and holder); dates are ISO. */
export async function addReceipt(db: DataSource, overrides: Partial<TestReceipt> = {}): Promise<TestReceipt> {
  const receipt: TestReceipt = {
    receiptNumber: `R${randomInt(1e9)}`,
    nationalId: withCheckDigit(String(randomInt(100_000_000, 999_999_999))),
    firstName: 'حسین',
    lastName: 'اکبری',
    birthDate: '1961-05-01',
    mobile: `09${randomInt(100_000_000, 999_999_999)}`,
    province: 'سمنان',
    kind: ReceiptKind.DEPOSIT_10M,
    amountRials: 10_000_000n,
    depositDate: '2003-08-03',
    branchCode: 'BMI-4310',
    acceptedBeforeNotGone: false,
    ...overrides,
  };
  await insertReceipts(db, [receipt]);
  return receipt;
}

/** A caravan of the season; returns its id. */
export async function addCaravan(
  db: DataSource,
  seasonId: string,
  overrides: { code?: string; province?: string; capacity?: number; finalCostRials?: bigint; managerNationalId?: string | null } = {},
): Promise<{ id: string; code: string }> {
  const code = overrides.code ?? `C${randomInt(1e9)}`;
  await insertCaravans(db, seasonId, [
    {
      code,
      province: overrides.province ?? 'سمنان',
      managerName: 'مدیر کاروان',
      managerPhone: '023-33001001',
      managerNationalId: overrides.managerNationalId ?? null,
      address: 'سمنان',
      capacity: overrides.capacity ?? 10,
      finalCostRials: overrides.finalCostRials ?? 280_000_000n,
    },
  ]);
  const [row] = (await db.query('SELECT id FROM hajj_caravan WHERE season_id = $1 AND code = $2', [seasonId, code])) as Array<{
    id: string;
  }>;
  return { id: row!.id, code };
}

/** Hajj staff of their own: the Hajj organisation, Semnan's office and bank branch, a services office, a caravan manager. */
export interface HajjStaff {
  admin: TestClient;
  semnanOffice: TestClient;
  tehranOffice: TestClient;
  semnanBank: TestClient;
  /** Another Bank Melli branch of Semnan. */
  otherSemnanBank: TestClient;
  services: TestClient;
  manager: TestClient;
  managerNationalId: string;
  otherManager: TestClient;
  otherManagerNationalId: string;
  /** Unit codes: the Semnan branches' codes are their branch codes. */
  semnanBranchCode: string;
  otherSemnanBranchCode: string;
}

export async function hajjStaff(api: TestApi, db: DataSource): Promise<HajjStaff> {
  const tag = randomInt(1e9).toString(36).toUpperCase();
  const units = db.getRepository(OrganisationUnit);
  const unit = (code: string, type: OrganisationUnitType, parent: OrganisationUnit | null, province: string | null) =>
    units.save({
      code: `${code}-${tag}`,
      name: `${code} ${tag}`,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${code}-${tag}/`,
      level: parent ? parent.level + 1 : 0,
      type,
      province,
    });
  const hajj = await unit('HAJJ', OrganisationUnitType.MINISTRY, null, null);
  const semnanOffice = await unit('HAJJ-SEM', OrganisationUnitType.PROVINCIAL, hajj, 'سمنان');
  const tehranOffice = await unit('HAJJ-TEH', OrganisationUnitType.PROVINCIAL, hajj, 'تهران');
  const services = await unit('SRV', OrganisationUnitType.PROVINCIAL, hajj, 'تهران');
  const caravans = await unit('CAR', OrganisationUnitType.PROVINCIAL, hajj, 'سمنان');
  const bank = await unit('BMI', OrganisationUnitType.MINISTRY, null, null);
  const branch = await unit('BMI-1', OrganisationUnitType.PROVINCIAL, bank, 'سمنان');
  const otherBranch = await unit('BMI-2', OrganisationUnitType.PROVINCIAL, bank, 'سمنان');
  const user = async (role: Role, at: OrganisationUnit) => signIn(api, await createUser(db, [[role, at]]));
  const managerUser = await createUser(db, [[Role.CARAVAN_MANAGER, caravans]]);
  const otherManagerUser = await createUser(db, [[Role.CARAVAN_MANAGER, caravans]]);
  return {
    admin: await user(Role.HAJJ_ADMIN, hajj),
    semnanOffice: await user(Role.HAJJ_PROVINCIAL_OFFICE, semnanOffice),
    tehranOffice: await user(Role.HAJJ_PROVINCIAL_OFFICE, tehranOffice),
    semnanBank: await user(Role.BANK_BRANCH_OPERATOR, branch),
    otherSemnanBank: await user(Role.BANK_BRANCH_OPERATOR, otherBranch),
    services: await user(Role.PILGRIMAGE_SERVICES_OFFICE, services),
    manager: await signIn(api, managerUser),
    managerNationalId: managerUser.nationalId,
    otherManager: await signIn(api, otherManagerUser),
    otherManagerNationalId: otherManagerUser.nationalId,
    semnanBranchCode: branch.code,
    otherSemnanBranchCode: otherBranch.code,
  };
}

/** The holder's own public calls, with a fresh captcha each. */
export async function asHolder<T = Record<string, unknown>>(
  api: TestApi,
  query: string,
  variables: (captcha: { captchaId: string; captchaAnswer: string }) => Record<string, unknown>,
) {
  const client = api.client();
  return client.gql<T>(query, variables(await solvedCaptcha(client)));
}

export const RECEIPT_STATUS = `query($nationalId: String!, $receiptNumber: String!, $birthDate: String!, $captchaId: ID!, $captchaAnswer: String!) {
  hajjReceiptStatus(nationalId: $nationalId, receiptNumber: $receiptNumber, birthDate: $birthDate, captchaId: $captchaId, captchaAnswer: $captchaAnswer) {
    nextStep notEligibleReason receiptNumber originalReceiptNumber holderName office { kind branchCode } amounts { subsidyRials interestRials differenceRials }
    registration { trackingCode status }
  }
}`;

export const PRE_REGISTER = `mutation($input: HajjPreRegisterInput!) { hajjPreRegister(input: $input) { trackingCode status holdExpiresAt caravan { id code } } }`;

/** What the holder is told about his receipt (the data, or the error's code). */
export async function statusOf(
  api: TestApi,
  proof: { nationalId: string; receiptNumber: string; birthDate: string },
): Promise<Record<string, unknown> | string> {
  const answer = await asHolder<{ hajjReceiptStatus: Record<string, unknown> }>(api, RECEIPT_STATUS, (captcha) => ({
    nationalId: proof.nationalId,
    receiptNumber: proof.receiptNumber,
    birthDate: proof.birthDate,
    ...captcha,
  }));
  return answer.data?.hajjReceiptStatus ?? String(answer.errors?.[0]?.extensions?.code);
}

/** Pre-registers the holder: the tracking code, or the refusal's code. */
export async function preRegisterAs(
  api: TestApi,
  proof: { nationalId: string; receiptNumber: string; birthDate: string },
  caravanId: string,
): Promise<{ trackingCode?: string; code?: string; extensions?: Record<string, unknown> }> {
  const answer = await asHolder<{ hajjPreRegister: { trackingCode: string } }>(api, PRE_REGISTER, (captcha) => ({
    input: { nationalId: proof.nationalId, receiptNumber: proof.receiptNumber, birthDate: proof.birthDate, caravanId, ...captcha },
  }));
  if (answer.data?.hajjPreRegister) return { trackingCode: answer.data.hajjPreRegister.trackingCode };
  return { code: String(answer.errors?.[0]?.extensions?.code), extensions: answer.errors?.[0]?.extensions };
}
