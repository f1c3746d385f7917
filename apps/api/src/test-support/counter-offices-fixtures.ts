import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { tehranToday } from '../platform/time/tehran-date';
import { createUser, solvedCaptcha, type TestUser } from './accounts-fixtures';
import type { TestClient } from './test-api';
import { Role } from '../platform/auth/roles';
import { OrganisationUnit, OrganisationUnitType } from '../modules/organisations';
import { CounterOffice, CounterOfficeStatus } from '../modules/counter-offices';

/** Test helpers of the counter-offices integration tests (not used by the API itself). */

export const ALL_WEEK = [0, 1, 2, 3, 4, 5, 6];

/**
 * An office of its own (random code, its own organisation unit), open every day unless told
 * otherwise, with its whole capacity online unless `onlineSharePercent` says otherwise.
 */
export async function createOffice(db: DataSource, overrides: Partial<CounterOffice> = {}): Promise<CounterOffice> {
  const code = String(randomInt(10_000_000, 99_999_999));
  const unit = await ownUnit(db, `T-CO-${code}`);
  return db.getRepository(CounterOffice).save({
    code,
    name: `دفتر پیشخوان آزمون ${code}`,
    province: 'تهران',
    city: 'تهران',
    address: 'تهران، خیابان آزمون',
    phone: '02166400000',
    dailyCapacity: 5,
    onlineSharePercent: 100,
    openWeekdays: ALL_WEEK,
    queuePersonName: null,
    queuePersonMobile: null,
    organisationUnitId: unit.id,
    status: CounterOfficeStatus.ACTIVE,
    ...overrides,
  });
}

/** An organisation unit of its own, at the root (no other test file shares it). */
async function ownUnit(db: DataSource, code: string): Promise<OrganisationUnit> {
  return db.getRepository(OrganisationUnit).save({
    code,
    name: `واحد ${code}`,
    parentId: null,
    path: `/${code}/`,
    level: 0,
    type: OrganisationUnitType.REGIONAL,
    province: 'تهران',
  });
}

/** A user in `role`: at the office's unit when one is given (an operator), else at a unit of his own. */
export async function createStaff(db: DataSource, role: Role, office?: CounterOffice): Promise<TestUser> {
  const unit = office?.organisationUnitId
    ? await db.getRepository(OrganisationUnit).findOneByOrFail({ id: office.organisationUnitId })
    : await ownUnit(db, `T-STAFF-${randomInt(1e9)}`);
  return createUser(db, [[role, unit]]);
}

export interface TestApplicant {
  identificationNumber: string;
  firstName: string;
  lastName: string;
  fatherName: string;
  nationality: string;
  birthDate: string;
  mobile: string;
}

export function newApplicant(overrides: Partial<TestApplicant> = {}): TestApplicant {
  return {
    identificationNumber: String(randomInt(100_000_000_000, 999_999_999_999)),
    firstName: 'احمد',
    lastName: 'رحیمی',
    fatherName: 'محمد',
    nationality: 'افغانستان',
    birthDate: '1990-05-01',
    mobile: `0935${String(randomInt(1_000_000, 9_999_999))}`,
    ...overrides,
  };
}

export const BOOK = `mutation($input: BookVerificationAppointmentInput!) { bookVerificationAppointment(input: $input) { trackingCode date office { code name } } }`;
export const CANCEL = `mutation($t: String!, $i: String!, $c: ID!, $a: String!) { cancelVerificationAppointment(trackingCode: $t, identificationNumber: $i, captchaId: $c, captchaAnswer: $a) { trackingCode date } }`;

export interface Booked {
  bookVerificationAppointment: { trackingCode: string; date: string; office: { code: string; name: string } };
}

/** The variables of a booking, with a captcha solved for it beforehand. */
export async function bookingVariables(
  client: Pick<TestClient, 'gql'>,
  officeCode: string,
  applicant: TestApplicant,
  date = tehranToday(),
) {
  const captcha = await solvedCaptcha(client);
  return { input: { officeCode, date, applicant, ...captcha } };
}

export const WALK_IN = `mutation($c: String!, $a: ApplicantInput!) { bookCounterWalkIn(officeCode: $c, applicant: $a) { id trackingCode date status channel recordId } }`;

export interface WalkedIn {
  bookCounterWalkIn: { id: string; trackingCode: string; date: string; status: string; channel: string; recordId: string | null };
}

/**
 * The SQL statements sent to PostgreSQL while `work` runs, by every pg client of this process
 * (prepared statements too, which TypeORM's logger does not see). Run nothing else meanwhile.
 */
export async function countPgStatements(work: () => Promise<unknown>): Promise<number> {
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: Client, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return count;
}
