import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { createTree, createUser, PASSWORD, registryPerson, Role, signIn, solvedCaptcha } from '../../test-support/accounts-fixtures';
import { SmsMessage } from '../../platform/sms/sms-message.entity';
import { toLatinDigits } from '@pishkhan/national-id';

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  api = await startTestApi({ LOG_LEVEL: 'trace' });
  db = api.server.database.dataSource;
});
afterAll(async () => {
  await api.stop();
});

async function lastSmsTo(mobile: string): Promise<string> {
  // Codes come in Persian digits; the API takes Latin ones too.
  return toLatinDigits((await db.getRepository(SmsMessage).findOneOrFail({ where: { to: mobile }, order: { createdAt: 'DESC' } })).text);
}

describe('logs of a whole accounts flow', () => {
  it('hold no whole national ID, password, OTP or session token', async () => {
    const secrets: string[] = [PASSWORD];
    const tree = await createTree(db);
    const approver = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const applicant = await registryPerson(db);
    secrets.push(approver.nationalId, applicant.nationalId);

    const anonymous = api.client();
    const captcha = await solvedCaptcha(anonymous);
    const submitted = await anonymous.gql<{ submitRegistrationRequest: { trackingCode: string } }>(
      'mutation($input: RegistrationInput!) { submitRegistrationRequest(input: $input) { trackingCode } }',
      {
        input: {
          nationalId: applicant.nationalId,
          mobile: applicant.mobile,
          birthDate: applicant.birthDate,
          officePhone: '021-61610000',
          post: 'کارشناس',
          approverMobile: approver.mobile,
          requestedRole: 'DATA_ENTRANT',
          organisationUnitId: tree.provincial.id,
          ...captcha,
        },
      },
    );
    expect(submitted.errors).toBeUndefined();

    const approverSession = await signIn(api, approver);
    secrets.push(approverSession.cookie!.split('=')[1]!);
    const list = await approverSession.gql<{ registrationRequests: { items: Array<{ id: string }> } }>(
      '{ registrationRequests { items { id } } }',
    );
    await approverSession.gql('mutation($id: ID!) { approveRegistrationRequest(id: $id) { status } }', {
      id: list.data!.registrationRequests.items[0]!.id,
    });
    const temporary = /گذرواژهٔ موقت: (\S+)/.exec(await lastSmsTo(applicant.mobile))![1]!;
    secrets.push(temporary);

    const newUser = await signIn(api, applicant, temporary);
    await newUser.gql('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', {
      input: { currentPassword: temporary, newPassword: 'brand-new-pass-5' },
    });
    secrets.push('brand-new-pass-5');

    const otpClient = api.client();
    const otp = await otpClient.gql<{ requestLoginOtp: { challengeId: string } }>(
      'mutation($input: OtpRequestInput!) { requestLoginOtp(input: $input) { challengeId } }',
      {
        input: { nationalId: applicant.nationalId, ...(await solvedCaptcha(otpClient)) },
      },
    );
    const code = /(\d{6})/.exec(await lastSmsTo(applicant.mobile))![1]!;
    secrets.push(code);
    const signedIn = await otpClient.gql('mutation($input: OtpLoginInput!) { loginWithOtp(input: $input) { user { id } } }', {
      input: { challengeId: otp.data!.requestLoginOtp.challengeId, nationalId: applicant.nationalId, code },
    });
    expect(signedIn.errors).toBeUndefined();
    secrets.push(otpClient.cookie!.split('=')[1]!);

    const logs = api.logText();
    expect(logs.length).toBeGreaterThan(1000);
    for (const secret of secrets) expect(logs, `a log line holds ${secret.slice(0, 2)}…`).not.toContain(secret);
  });
});
