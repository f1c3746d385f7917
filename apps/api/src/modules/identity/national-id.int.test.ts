import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '@pishkhan/national-id';
import { startTestApi, type TestApi } from '../../test-support/test-api';

const QUERY = `query Info($id: String!) {
  nationalIdInfo(nationalId: $id) { normalized valid reason issuancePlace { prefix province city } }
}`;

interface Info {
  nationalIdInfo: {
    normalized: string | null;
    valid: boolean;
    reason: string | null;
    issuancePlace: { prefix: string; province: string | null; city: string | null } | null;
  };
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

async function info(id: string) {
  const response = await api.gql<Info>(QUERY, { id });
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data!.nationalIdInfo;
}

describe('nationalIdInfo', () => {
  it('answers a valid ID typed in Persian digits with dashes, with its issuance place', async () => {
    expect(await info('۰۰۱-۳۵۴۲۴۱-۹')).toEqual({
      normalized: '0013542419',
      valid: true,
      reason: null,
      issuancePlace: { prefix: '001', province: 'تهران', city: 'تهران مرکزی' },
    });
  });

  it('reads Arabic-Indic digits and pads 8 or 9 digits with zeros', async () => {
    expect((await info('٠٠١٣٥٤٢٤١٩')).normalized).toBe('0013542419');
    expect(await info('13542419')).toMatchObject({ normalized: '0013542419', valid: true });
    expect(await info('۰۱۳۵۴۲۴۱۹')).toMatchObject({ normalized: '0013542419', valid: true });
  });

  it('keeps a pilot prefix missing from the place table valid, with no place', async () => {
    const id = withCheckDigit('750123456');
    expect(await info(id)).toEqual({
      normalized: id,
      valid: true,
      reason: null,
      issuancePlace: { prefix: '750', province: null, city: null },
    });
  });

  it.each([
    ['', null, 'EMPTY'],
    [' - ', null, 'EMPTY'],
    ['00135x2419', null, 'NOT_DIGITS'],
    ['1234567', null, 'WRONG_LENGTH'],
    ['12345678901', null, 'WRONG_LENGTH'],
    ['1111111111', '1111111111', 'REPEATED_DIGITS'],
    ['0013542418', '0013542418', 'CHECKSUM'],
  ])('answers %j as not valid: %s / %s, with no error', async (input, normalized, reason) => {
    expect(await info(input)).toEqual({ normalized, valid: false, reason, issuancePlace: null });
  });

  it('never writes the whole ID into a log line', async () => {
    await info('0013542419');
    await info('۰۰۱۳۵۴۲۴۱۹');
    expect(api.logLines.length).toBeGreaterThan(0);
    expect(api.logText()).not.toMatch(/0013542419|۰۰۱۳۵۴۲۴۱۹/);
  });

  it('refuses an argument longer than any typed ID as bad input, and answers one just within the bound', async () => {
    const response = await api.gql(QUERY, { id: '1'.repeat(65) });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'nationalId', constraints: ['maxLength'] }],
    });
    expect(await info(`${' '.repeat(54)}0013542419`)).toMatchObject({ normalized: '0013542419', valid: true });
  });

  it('refuses a missing argument with a coded error', async () => {
    const response = await api.gql('{ nationalIdInfo { valid } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
