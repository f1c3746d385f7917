import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import {
  createTree,
  createUser,
  registryPerson,
  Role,
  signIn,
  solvedCaptcha,
  uniqueMobile,
  type Tree,
  type TestUser,
} from '../../test-support/accounts-fixtures';
import { RegistrationRequest } from './registration-request.entity';
import { UserAccount } from './user-account.entity';
import { SmsMessage } from '../../platform/sms/sms-message.entity';
import { AuditEvent, AuditOutcome } from '../../platform/audit/audit-event.entity';
import { maskNationalId } from '@pishkhan/national-id';

/** Registration is limited per IP: each request in this file comes from an address of its own. */
let ipCounter = 0;
const freshIp = () => `10.8.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

let api: TestApi;
let db: DataSource;
let tree: Tree;
let approver: TestUser;

beforeAll(async () => {
  api = await startTestApi({ TRUST_PROXY_HOPS: '1' });
  db = api.server.database.dataSource;
  tree = await createTree(db);
  approver = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
});
afterAll(async () => {
  await api.stop();
});

const SUBMIT = 'mutation($input: RegistrationInput!) { submitRegistrationRequest(input: $input) { trackingCode } }';
const LIST = `query($filter: RegistrationFilter) { registrationRequests(filter: $filter) {
  total items { id trackingCode nationalId firstName status requestedRole organisationUnit { code } decisionReason } } }`;

async function submit(overrides: Record<string, unknown> = {}, person?: Awaited<ReturnType<typeof registryPerson>>, ip = freshIp()) {
  const applicant = person ?? (await registryPerson(db));
  const client = api.client({ ip });
  const input = {
    nationalId: applicant.nationalId,
    mobile: applicant.mobile,
    birthDate: applicant.birthDate,
    officePhone: '023-33330000',
    post: 'کارشناس آمار',
    approverMobile: approver.mobile,
    requestedRole: 'DATA_ENTRANT',
    organisationUnitId: tree.provincial.id,
    ...(await solvedCaptcha(client)),
    ...overrides,
  };
  return { applicant, response: await client.gql<{ submitRegistrationRequest: { trackingCode: string } }>(SUBMIT, { input }) };
}

/** Requests and messages this file's approver has: other test files write to the same tables at once. */
async function approverTraces(): Promise<[number, number]> {
  return [
    await db.getRepository(RegistrationRequest).countBy({ approverId: approver.id }),
    await db.getRepository(SmsMessage).countBy({ to: approver.mobile }),
  ];
}

describe('registration request', () => {
  it('records a checked request with a tracking code and tells the approver by SMS', async () => {
    const { applicant, response } = await submit();
    expect(response.errors).toBeUndefined();
    const code = response.data!.submitRegistrationRequest.trackingCode;
    expect(code).toMatch(/^\d{12}$/);
    const stored = await db.getRepository(RegistrationRequest).findOneByOrFail({ trackingCode: code });
    expect(stored).toMatchObject({
      nationalId: applicant.nationalId,
      firstName: applicant.firstName,
      status: 'PENDING',
      approverId: approver.id,
    });
    const sms = await db.getRepository(SmsMessage).findBy({ to: approver.mobile, purpose: 'REGISTRATION_REQUEST' });
    expect(sms.some((m) => m.text.includes(code))).toBe(true);
  });

  it.each([
    ['NATIONAL_ID_INVALID', async () => ({ nationalId: '0013542418' })],
    ['REGISTRATION_DETAILS_NOT_VERIFIED', async () => ({ birthDate: '1991-01-01' })],
    ['REGISTRATION_DETAILS_NOT_VERIFIED', async () => ({ mobile: uniqueMobile() })],
    ['ORGANISATION_TOO_BROAD', async () => ({ organisationUnitId: tree.ministry.id })],
    ['APPROVER_NOT_FOUND', async () => ({ approverMobile: uniqueMobile() })],
    ['APPROVER_NOT_FOUND', async () => ({ organisationUnitId: tree.otherMinistryUnit.id })],
    ['CAPTCHA_INVALID', async () => ({ captchaAnswer: '-----' })],
    ['BAD_USER_INPUT', async () => ({ requestedRole: 'SYSTEM_ADMIN' })],
    ['BAD_USER_INPUT', async () => ({ officePhone: '12' })],
  ])('refuses with %s, records nothing and audits the refusal', async (code, overrides) => {
    const before = await approverTraces();
    const { applicant, response } = await submit(await overrides());
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(await approverTraces()).toEqual(before);
    expect(await db.getRepository(RegistrationRequest).countBy({ nationalId: applicant.nationalId })).toBe(0);
    if (code !== 'BAD_USER_INPUT' && code !== 'NATIONAL_ID_INVALID') {
      const refusals = await db
        .getRepository(AuditEvent)
        .findBy({ action: 'registration.submit', subjectMasked: maskNationalId(applicant.nationalId) });
      expect(refusals).toEqual([expect.objectContaining({ outcome: 'FAILURE', code })]);
    }
  });

  it("answers a wrong birth date and a mobile that is not the person's in the same words", async () => {
    const person = await registryPerson(db);
    const wrongBirthDate = await submit({ birthDate: '1991-01-01' }, person);
    const wrongMobile = await submit({ mobile: uniqueMobile() }, person);
    const both = await submit({ birthDate: '1991-01-01', mobile: uniqueMobile() }, await registryPerson(db));
    expect(wrongBirthDate.response.errors).toHaveLength(1);
    expect(wrongMobile.response.errors).toEqual(wrongBirthDate.response.errors);
    expect(both.response.errors).toEqual(wrongBirthDate.response.errors);
    expect(wrongBirthDate.response.errors?.[0]?.extensions).toEqual({ code: 'REGISTRATION_DETAILS_NOT_VERIFIED' });
  });

  it('limits requests per national ID and per address, and audits the refusals', async () => {
    const person = await registryPerson(db);
    const wrong = { birthDate: '1991-01-01' };
    const perPerson = [];
    for (let i = 0; i < 4; i += 1) perPerson.push((await submit(wrong, person)).response.errors?.[0]?.extensions);
    expect(perPerson.map((e) => e?.code)).toEqual([
      'REGISTRATION_DETAILS_NOT_VERIFIED',
      'REGISTRATION_DETAILS_NOT_VERIFIED',
      'REGISTRATION_DETAILS_NOT_VERIFIED',
      'RATE_LIMITED',
    ]);
    expect(perPerson[3]?.retryAfterSeconds).toBeGreaterThan(0);
    // The right details do not pass the limit either.
    expect((await submit({}, person)).response.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const denied = await db
      .getRepository(AuditEvent)
      .findBy({ action: 'registration.submit', subjectMasked: maskNationalId(person.nationalId), outcome: AuditOutcome.DENIED });
    expect(denied.map((e) => e.code)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);

    const ip = freshIp();
    const perAddress = [];
    for (let i = 0; i < 11; i += 1) perAddress.push((await submit(wrong, undefined, ip)).response.errors?.[0]?.extensions?.code);
    expect(perAddress).toEqual([...Array<string>(10).fill('REGISTRATION_DETAILS_NOT_VERIFIED'), 'RATE_LIMITED']);
  });

  it('refuses a second pending request for the same national ID, even when two arrive together', async () => {
    const person = await registryPerson(db);
    const results = await Promise.all([submit({}, person), submit({}, person)]);
    const codes = results.map((r) => r.response.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'REGISTRATION_PENDING']);
    const again = await submit({}, person);
    expect(again.response.errors?.[0]?.extensions?.code).toBe('REGISTRATION_PENDING');
  });
});

describe('approval', () => {
  it('lists only the requests naming me; approval activates the user, sends his temporary password and makes him my subordinate', async () => {
    const { applicant, response } = await submit();
    const trackingCode = response.data!.submitRegistrationRequest.trackingCode;
    const session = await signIn(api, approver);
    const list = await session.gql<{ registrationRequests: { total: number; items: Array<{ id: string; trackingCode: string }> } }>(LIST, {
      filter: { status: 'PENDING', offset: 0, limit: 100 },
    });
    const mine = list.data!.registrationRequests.items.find((r) => r.trackingCode === trackingCode)!;
    expect(mine).toBeDefined();

    const otherApprover = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const otherSession = await signIn(api, otherApprover);
    const theirs = await otherSession.gql<{ registrationRequests: { items: unknown[] } }>(LIST);
    expect(theirs.data!.registrationRequests.items).toEqual([]);
    const stolen = await otherSession.gql('mutation($id: ID!) { approveRegistrationRequest(id: $id) { status } }', { id: mine.id });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const approved = await session.gql('mutation($id: ID!) { approveRegistrationRequest(id: $id) { status } }', { id: mine.id });
    expect(approved.data).toEqual({ approveRegistrationRequest: { status: 'APPROVED' } });
    const user = await db.getRepository(UserAccount).findOneByOrFail({ nationalId: applicant.nationalId });
    expect(user).toMatchObject({ superiorId: approver.id, mustChangePassword: true, status: 'ACTIVE' });
    const sms = await db.getRepository(SmsMessage).findOneOrFail({ where: { to: applicant.mobile }, order: { createdAt: 'DESC' } });
    const temporary = /گذرواژهٔ موقت: (\S+)/.exec(sms.text)![1]!;
    const newUser = await signIn(api, applicant, temporary);
    const me = await newUser.gql<{ me: { activeRole: { role: string; organisationUnit: { code: string } }; mustChangePassword: boolean } }>(
      '{ me { mustChangePassword activeRole { role organisationUnit { code } } } }',
    );
    expect(me.data!.me).toEqual({
      mustChangePassword: true,
      activeRole: { role: 'DATA_ENTRANT', organisationUnit: { code: tree.provincial.code } },
    });

    const twice = await session.gql('mutation($id: ID!) { approveRegistrationRequest(id: $id) { status } }', { id: mine.id });
    expect(twice.errors?.[0]?.extensions?.code).toBe('REQUEST_ALREADY_DECIDED');
  });

  it('rejects only with a reason, told to the applicant by SMS', async () => {
    const { applicant, response } = await submit();
    const trackingCode = response.data!.submitRegistrationRequest.trackingCode;
    const request = await db.getRepository(RegistrationRequest).findOneByOrFail({ trackingCode });
    const session = await signIn(api, approver);
    const noReason = await session.gql(
      'mutation($input: RejectRegistrationInput!) { rejectRegistrationRequest(input: $input) { status } }',
      { input: { id: request.id, reason: '' } },
    );
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = await session.gql(
      'mutation($input: RejectRegistrationInput!) { rejectRegistrationRequest(input: $input) { status decisionReason } }',
      { input: { id: request.id, reason: 'سمت با واحد همخوان نیست' } },
    );
    expect(rejected.data).toEqual({ rejectRegistrationRequest: { status: 'REJECTED', decisionReason: 'سمت با واحد همخوان نیست' } });
    const sms = await db.getRepository(SmsMessage).findOneOrFail({ where: { to: applicant.mobile }, order: { createdAt: 'DESC' } });
    expect(sms.text).toContain('سمت با واحد همخوان نیست');
    expect(await db.getRepository(UserAccount).existsBy({ nationalId: applicant.nationalId })).toBe(false);
    // Rejected: the person may ask again.
    const again = await submit({}, applicant);
    expect(again.response.errors).toBeUndefined();
  });

  it('refuses ids that are not UUIDs and pages past the bound as bad input, naming the argument', async () => {
    const session = await signIn(api, approver);
    const approve = await session.gql('mutation($id: ID!) { approveRegistrationRequest(id: $id) { status } }', { id: 'abc' });
    expect(approve.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id' }] });
    const reject = await session.gql('mutation($input: RejectRegistrationInput!) { rejectRegistrationRequest(input: $input) { status } }', {
      input: { id: 'abc', reason: 'سمت با واحد همخوان نیست' },
    });
    expect(reject.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id', constraints: ['isUuid'] }] });
    const page = await session.gql(LIST, { filter: { offset: 0, limit: 101 } });
    expect(page.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'limit', constraints: ['max'] }] });
    expect((await session.gql(LIST, { filter: { offset: 100_001, limit: 20 } })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'offset' }],
    });
    expect((await session.gql(LIST, { filter: { offset: 0, limit: 100 } })).errors).toBeUndefined();
  });

  it('refuses the list to a data entrant and to anonymous callers', async () => {
    const entrant = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const session = await signIn(api, entrant);
    expect((await session.gql(LIST)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.client().gql(LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
