import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi, type TestClient } from '../../test-support/test-api';
import { signIn } from '../../test-support/accounts-fixtures';
import { createCast, createIndicator, isoDaysFromToday, type Cast } from '../../test-support/performance-fixtures';
import { Aggregation } from './indicator.entity';

let api: TestApi;
let db: DataSource;
let cast: Cast;
let lead: TestClient;
let approver: TestClient;
let entrant: TestClient;
let otherEntrant: TestClient;
let seniorLead: TestClient;

beforeAll(async () => {
  api = await startTestApi();
  db = api.server.database.dataSource;
  cast = await createCast(db);
  [lead, approver, entrant, otherEntrant, seniorLead] = await Promise.all([
    signIn(api, cast.lead),
    signIn(api, cast.approver),
    signIn(api, cast.entrant),
    signIn(api, cast.otherEntrant),
    signIn(api, cast.seniorLead),
  ]);
});
afterAll(async () => {
  await api.stop();
});

const REFER =
  'mutation($id: ID!, $input: ReferInput!) { referIndicator(indicatorId: $id, input: $input) { id status deadline target province assigneeId } }';
const REFER_FURTHER =
  'mutation($id: ID!, $input: ReferInput!) { referFurther(referralId: $id, input: $input) { id status deadline target province } }';
const SAVE =
  'mutation($id: ID!, $input: PerformanceEntryInput!) { savePerformanceEntry(referralId: $id, input: $input) { value description } }';
const FINISH = 'mutation($id: ID!) { finishReferral(id: $id) { id status } }';
const RETURN = 'mutation($id: ID!, $reason: String!) { returnReferral(id: $id, reason: $reason) { id status returnReason } }';
const STATUS = 'query($id: ID!) { referral(id: $id) { status returnReason children { id status } } }';

type Refs = Array<{ id: string; status: string; target: string; province: string | null }>;

async function ok<T>(client: TestClient, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await client.gql<T>(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

async function code(client: TestClient, query: string, variables: Record<string, unknown>): Promise<string | undefined> {
  return (await client.gql(query, variables)).errors?.[0]?.extensions?.code as string | undefined;
}

async function statusOf(id: string): Promise<string> {
  return ((await db.query('SELECT status FROM referral WHERE id = $1', [id])) as Array<{ status: string }>)[0]!.status;
}

async function indicatorStatus(id: string): Promise<string> {
  return ((await db.query('SELECT status FROM indicator WHERE id = $1', [id])) as Array<{ status: string }>)[0]!.status;
}

describe('the referral chain', () => {
  it('goes down with shrinking deadlines, back up with a return in the middle, and ends evaluated with a score', async () => {
    const indicator = await createIndicator(db, cast);
    const top = (
      await ok<{ referIndicator: Refs }>(lead, REFER, {
        id: indicator.id,
        input: { breakdown: 'NONE', assigneeId: cast.approver.id, deadline: isoDaysFromToday(20) },
      })
    ).referIndicator[0]!;
    expect(await indicatorStatus(indicator.id)).toBe('REFERRED');

    expect(
      await code(approver, REFER_FURTHER, {
        id: top.id,
        input: { breakdown: 'NONE', assigneeId: cast.entrant.id, deadline: isoDaysFromToday(21) },
      }),
    ).toBe('DEADLINE_TOO_LATE');
    expect(
      await code(approver, REFER_FURTHER, {
        id: top.id,
        input: { breakdown: 'NONE', assigneeId: cast.lead.id, deadline: isoDaysFromToday(10) },
      }),
    ).toBe('NOT_SUBORDINATE');
    const leaf = (
      await ok<{ referFurther: Refs }>(approver, REFER_FURTHER, {
        id: top.id,
        input: { breakdown: 'NONE', assigneeId: cast.entrant.id, deadline: isoDaysFromToday(10) },
      })
    ).referFurther[0]!;
    expect(await statusOf(top.id)).toBe('DELEGATED');

    expect(await code(entrant, FINISH, { id: leaf.id })).toBe('VALUE_REQUIRED');
    expect(await code(otherEntrant, SAVE, { id: leaf.id, input: { value: '1' } })).toBe('NOT_YOUR_TURN');
    await ok(entrant, SAVE, { id: leaf.id, input: { value: '2400', description: 'پیش‌نویس' } });
    expect(await statusOf(leaf.id)).toBe('IN_PROGRESS');
    await ok(entrant, FINISH, { id: leaf.id });
    expect([await statusOf(leaf.id), await statusOf(top.id)]).toEqual(['SUBMITTED', 'REVIEW']);
    expect(await code(entrant, SAVE, { id: leaf.id, input: { value: '1' } })).toBe('NOT_YOUR_TURN');

    expect(await code(approver, RETURN, { id: leaf.id, reason: '' })).toBe('BAD_USER_INPUT');
    expect(await code(entrant, RETURN, { id: leaf.id, reason: 'برگشت بی‌جا' })).toBe('NOT_YOUR_TURN');
    const returned = await ok<{ returnReferral: { status: string; returnReason: string } }>(approver, RETURN, {
      id: leaf.id,
      reason: 'مستندات ناقص است',
    });
    expect(returned.returnReferral).toMatchObject({ status: 'RETURNED', returnReason: 'مستندات ناقص است' });
    expect(await statusOf(top.id)).toBe('DELEGATED');
    // The draft typed before the return is still there.
    const seen = await ok<{ referral: { status: string; returnReason: string } }>(entrant, STATUS, { id: leaf.id });
    expect(seen.referral).toMatchObject({ status: 'RETURNED', returnReason: 'مستندات ناقص است' });

    await ok(entrant, SAVE, { id: leaf.id, input: { value: '2700', description: 'اصلاح شد' } });
    await ok(entrant, FINISH, { id: leaf.id });
    expect(await code(lead, 'mutation($id: ID!) { approveIndicator(id: $id) { status } }', { id: indicator.id })).toBe(
      'INVALID_TRANSITION',
    );
    await ok(approver, FINISH, { id: top.id });
    expect(await indicatorStatus(indicator.id)).toBe('REVIEW');

    expect(await code(approver, 'mutation($id: ID!) { approveIndicator(id: $id) { status } }', { id: indicator.id })).toBe('FORBIDDEN');
    await ok(lead, 'mutation($id: ID!) { approveIndicator(id: $id) { status } }', { id: indicator.id });
    expect([await statusOf(top.id), await statusOf(leaf.id)]).toEqual(['APPROVED', 'APPROVED']);
    expect(await code(entrant, SAVE, { id: leaf.id, input: { value: '9999' } })).toBe('NOT_YOUR_TURN');

    const forwarded = await ok<{ forwardApprovedIndicators: number }>(
      lead,
      'mutation($p: ID!) { forwardApprovedIndicators(periodId: $p) }',
      { p: cast.period.id },
    );
    expect(forwarded.forwardApprovedIndicators).toBeGreaterThanOrEqual(1);
    expect(await indicatorStatus(indicator.id)).toBe('FORWARDED');
    expect(await code(lead, 'mutation($id: ID!) { evaluateIndicator(id: $id, note: "x") { status } }', { id: indicator.id })).toBe(
      'FORBIDDEN',
    );
    await ok(seniorLead, 'mutation($id: ID!) { evaluateIndicator(id: $id, note: "مطلوب") { status evaluationNote } }', {
      id: indicator.id,
    });
    expect(await indicatorStatus(indicator.id)).toBe('EVALUATED');

    const sheet = await ok<{
      scoringSheet: { general: Array<{ indicator: { id: string }; value: number; achievement: number; score: number }>; formula: string };
    }>(
      seniorLead,
      'query($p: ID!, $u: ID!) { scoringSheet(periodId: $p, organisationUnitId: $u) { general { indicator { id } value achievement score } formula } }',
      { p: cast.period.id, u: cast.tree.ministry.id },
    );
    expect(sheet.scoringSheet.general.find((r) => r.indicator.id === indicator.id)).toEqual({
      indicator: { id: indicator.id },
      value: 2700,
      achievement: 0.9,
      score: 153,
    });
    expect(sheet.scoringSheet.formula).toContain('سقف امتیاز');
  });

  it('splits a target across provinces at once, refusing shares that do not add up, and sums the province values', async () => {
    const indicator = await createIndicator(db, cast, { target: '1000' });
    const rows = (targets: string[]) =>
      targets.map((target, i) => ({
        province: ['سمنان', 'تهران', 'قزوین'][i],
        target,
        assigneeId: cast.approver.id,
        deadline: isoDaysFromToday(15),
      }));
    expect(await code(lead, REFER, { id: indicator.id, input: { breakdown: 'BY_REFERRER', provinces: rows(['400', '400', '100']) } })).toBe(
      'SPLIT_MISMATCH',
    );
    expect(await indicatorStatus(indicator.id)).toBe('NOT_REFERRED');
    const shares = (
      await ok<{ referIndicator: Refs }>(lead, REFER, {
        id: indicator.id,
        input: { breakdown: 'BY_REFERRER', provinces: rows(['500', '400', '100']) },
      })
    ).referIndicator;
    expect(shares.map((s) => [s.province, s.target])).toEqual([
      ['سمنان', '500.0000'],
      ['تهران', '400.0000'],
      ['قزوین', '100.0000'],
    ]);
    for (const [i, share] of shares.entries()) {
      await ok(approver, SAVE, { id: share.id, input: { value: ['450', '400', '50'][i] } });
      await ok(approver, FINISH, { id: share.id });
    }
    expect(await indicatorStatus(indicator.id)).toBe('REVIEW');
    await ok(lead, 'mutation($id: ID!) { approveIndicator(id: $id) { status } }', { id: indicator.id });
    const sheet = await ok<{ scoringSheet: { general: Array<{ indicator: { id: string }; value: number }> } }>(
      lead,
      'query($p: ID!, $u: ID!) { scoringSheet(periodId: $p, organisationUnitId: $u) { general { indicator { id } value } } }',
      { p: cast.period.id, u: cast.tree.ministry.id },
    );
    expect(sheet.scoringSheet.general.find((r) => r.indicator.id === indicator.id)?.value).toBe(900);
  });

  it('takes the mean of province targets for percentages', async () => {
    const indicator = await createIndicator(db, cast, { target: '36.5', aggregation: Aggregation.MEAN, unitOfMeasure: 'درصد' });
    const rows = (targets: string[]) =>
      targets.map((target, i) => ({
        province: ['سمنان', 'تهران'][i],
        target,
        assigneeId: cast.approver.id,
        deadline: isoDaysFromToday(15),
      }));
    expect(
      await code(lead, REFER, {
        id: indicator.id,
        input: {
          breakdown: 'BY_REFERRER',
          provinces: rows(['36.5', '36.5'])
            .slice(0, 1)
            .concat(rows(['0', '40'])[1]!),
        },
      }),
    ).toBe('SPLIT_MISMATCH');
    const shares = (
      await ok<{ referIndicator: Refs }>(lead, REFER, {
        id: indicator.id,
        input: { breakdown: 'BY_REFERRER', provinces: rows(['33', '40']) },
      })
    ).referIndicator;
    expect(shares).toHaveLength(2);
  });

  it('makes a specialised unit split before anything else, within its own target and deadline', async () => {
    const indicator = await createIndicator(db, cast, { target: '300' });
    const top = (
      await ok<{ referIndicator: Refs }>(lead, REFER, {
        id: indicator.id,
        input: { breakdown: 'BY_SPECIALISED_UNIT', assigneeId: cast.approver.id, deadline: isoDaysFromToday(12) },
      })
    ).referIndicator[0]!;
    expect(await code(approver, SAVE, { id: top.id, input: { value: '10' } })).toBe('SPLIT_REQUIRED');
    expect(
      await code(approver, REFER_FURTHER, {
        id: top.id,
        input: { breakdown: 'NONE', assigneeId: cast.entrant.id, deadline: isoDaysFromToday(5) },
      }),
    ).toBe('SPLIT_REQUIRED');
    const late = [{ province: 'سمنان', target: '300', assigneeId: cast.entrant.id, deadline: isoDaysFromToday(13) }];
    expect(await code(approver, REFER_FURTHER, { id: top.id, input: { breakdown: 'BY_REFERRER', provinces: late } })).toBe(
      'DEADLINE_TOO_LATE',
    );
    const split = await ok<{ referFurther: Refs }>(approver, REFER_FURTHER, {
      id: top.id,
      input: {
        breakdown: 'BY_REFERRER',
        provinces: [
          { province: 'سمنان', target: '200', assigneeId: cast.entrant.id, deadline: isoDaysFromToday(8) },
          { province: 'تهران', target: '100', assigneeId: cast.otherEntrant.id, deadline: isoDaysFromToday(8) },
        ],
      },
    });
    expect(split.referFurther.map((r) => r.province)).toEqual(['سمنان', 'تهران']);
    // Half the provinces finished: the approver still waits.
    await ok(entrant, SAVE, { id: split.referFurther[0]!.id, input: { value: '210' } });
    await ok(entrant, FINISH, { id: split.referFurther[0]!.id });
    expect(await statusOf(top.id)).toBe('DELEGATED');
    expect(await code(approver, FINISH, { id: top.id })).toBe('NOT_YOUR_TURN');
  });

  it('refuses a deadline past the period end and a referral by anyone but the lead evaluator at the top', async () => {
    const indicator = await createIndicator(db, cast);
    expect(
      await code(lead, REFER, {
        id: indicator.id,
        input: { breakdown: 'NONE', assigneeId: cast.approver.id, deadline: isoDaysFromToday(31) },
      }),
    ).toBe('DEADLINE_TOO_LATE');
    expect(
      await code(lead, REFER, {
        id: indicator.id,
        input: { breakdown: 'NONE', assigneeId: cast.approver.id, deadline: isoDaysFromToday(-1) },
      }),
    ).toBe('DEADLINE_IN_PAST');
    expect(
      await code(approver, REFER, {
        id: indicator.id,
        input: { breakdown: 'NONE', assigneeId: cast.entrant.id, deadline: isoDaysFromToday(5) },
      }),
    ).toBe('FORBIDDEN');
    expect(
      await code(entrant, REFER, {
        id: indicator.id,
        input: { breakdown: 'NONE', assigneeId: cast.entrant.id, deadline: isoDaysFromToday(5) },
      }),
    ).toBe('FORBIDDEN');
  });
});
