import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { withCheckDigit } from '@pishkhan/national-id';
import { startTestApi, type TestApi, type TestClient } from '../../../test-support/test-api';
import { createTree, createUser, Role, signIn } from '../../../test-support/accounts-fixtures';
import { createHousehold } from '../../../test-support/households-fixtures';
import { ApiClientService } from '../../api-clients';
import { RateLimiter } from '../../../platform/rate-limit/rate-limiter';
import { AuditEvent } from '../../../platform/audit/audit-event.entity';

let api: TestApi;
let db: DataSource;
let operator: TestClient;

beforeAll(async () => {
  api = await startTestApi();
  db = api.server.database.dataSource;
  operator = await signIn(api, await createUser(db, [[Role.CIVIL_REGISTRY_OPERATOR, (await createTree(db)).hq]]));
});
afterAll(async () => {
  await api.stop();
});

const STRUCTURE =
  'query($n: String!) { householdStructure(nationalId: $n) { id head { nationalId } members { nationalId relation } lastChangedAt } }';
const EVENT = 'mutation($input: VitalEventInput!) { registerVitalEvent(input: $input) { id type householdIds nationalIds } }';
const CHANGES =
  'query($after: String, $first: Int!) { householdChanges(after: $after, first: $first) { edges { cursor node { id type occurredAt householdIds nationalIds } } pageInfo { endCursor hasNextPage } } }';

interface Structure {
  householdStructure: {
    id: string;
    head: { nationalId: string };
    members: Array<{ nationalId: string; relation: string }>;
    lastChangedAt: string | null;
  } | null;
}

async function clientWith(scopes: string[], dailyQuota = 1000) {
  const created = await new ApiClientService(db, new RateLimiter(db)).create({
    name: `سامانه آزمون ${scopes.join('+')}`,
    scopes,
    dailyQuota,
    ipAllowlist: [],
  });
  const headers = { authorization: `Bearer ${created.key}` };
  return {
    id: created.client.id,
    key: created.key,
    gql: <T>(query: string, variables?: Record<string, unknown>) => api.gql<T>(query, variables, headers),
  };
}

async function event(input: Record<string, unknown>) {
  const response = await operator.gql<{ registerVitalEvent: { id: string; householdIds: string[] } }>(EVENT, {
    input: { source: 'POLICE_PLUS_10', occurredOn: '2026-11-20', ...input },
  });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.registerVitalEvent;
}

describe('vital events', () => {
  it('a head dies: headship passes to the spouse and the feed records it', async () => {
    const household = await createHousehold(db, 3);
    await db.query(`UPDATE household_member SET relation = 'SPOUSE' WHERE national_id = $1`, [household.memberIds[2]]);
    const recorded = await event({ type: 'DEATH', subjectNationalId: household.headNationalId });
    expect(recorded.householdIds).toEqual([household.id]);
    const after = await operator.gql<Structure>(STRUCTURE, { n: household.memberIds[1] });
    expect(after.data!.householdStructure!.head.nationalId).toBe(household.memberIds[2]);
    expect(after.data!.householdStructure!.members.map((m) => m.nationalId).sort()).toEqual(
      [household.memberIds[1], household.memberIds[2]].sort(),
    );
    expect(after.data!.householdStructure!.lastChangedAt).not.toBeNull();
    expect((await operator.gql<Structure>(STRUCTURE, { n: household.headNationalId })).data!.householdStructure).toBeNull();
  });

  it('the last member dies: the household is dissolved', async () => {
    const household = await createHousehold(db, 1);
    await event({ type: 'DEATH', subjectNationalId: household.headNationalId });
    const [row] = (await db.query('SELECT status FROM household WHERE id = $1', [household.id])) as Array<{ status: string }>;
    expect(row!.status).toBe('DISSOLVED');
  });

  it('marriage moves a person into the spouse household; divorce founds a new household', async () => {
    const his = await createHousehold(db, 1);
    const hers = await createHousehold(db, 2);
    await event({ type: 'MARRIAGE', subjectNationalId: hers.memberIds[1], relatedNationalId: his.headNationalId });
    const married = await operator.gql<Structure>(STRUCTURE, { n: his.headNationalId });
    expect(married.data!.householdStructure!.members).toEqual(
      expect.arrayContaining([{ nationalId: hers.memberIds[1], relation: 'SPOUSE' }]),
    );
    const divorced = await event({ type: 'DIVORCE', subjectNationalId: hers.memberIds[1] });
    expect(divorced.householdIds).toHaveLength(2);
    const own = await operator.gql<Structure>(STRUCTURE, { n: hers.memberIds[1] });
    expect(own.data!.householdStructure!.head.nationalId).toBe(hers.memberIds[1]);
    expect(own.data!.householdStructure!.id).not.toBe(his.id);
  });

  it('custody moves a child; a birth adds one; refusals leave everything as it was', async () => {
    const from = await createHousehold(db, 3);
    const to = await createHousehold(db, 1);
    await event({ type: 'CUSTODY', subjectNationalId: from.memberIds[2], relatedNationalId: to.headNationalId });
    expect((await operator.gql<Structure>(STRUCTURE, { n: to.headNationalId })).data!.householdStructure!.members).toHaveLength(2);
    const newborn = withCheckDigit(`9${String(Date.now()).slice(-8)}`);
    await event({
      type: 'BIRTH',
      subjectNationalId: to.headNationalId,
      relatedNationalId: to.headNationalId,
      newborn: { nationalId: newborn, firstName: 'نوزاد', lastName: 'آزمون', birthDate: '2026-11-19', gender: 'F' },
    });
    expect((await operator.gql<Structure>(STRUCTURE, { n: newborn })).data!.householdStructure!.id).toBe(to.id);

    const notHead = await operator.gql(EVENT, {
      input: {
        type: 'CUSTODY',
        source: 'HOUSEHOLD_PORTAL',
        occurredOn: '2026-11-20',
        subjectNationalId: from.memberIds[1],
        relatedNationalId: to.memberIds[0] === to.headNationalId ? newborn : to.headNationalId,
      },
    });
    expect(notHead.errors?.[0]?.extensions?.code).toBe('NOT_HEAD');
    const unknown = await operator.gql(EVENT, {
      input: { type: 'DEATH', source: 'HOUSEHOLD_PORTAL', occurredOn: '2026-11-20', subjectNationalId: withCheckDigit('123454321') },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await operator.gql<Structure>(STRUCTURE, { n: from.memberIds[1] })).data!.householdStructure!.members).toHaveLength(2);
  });
});

describe('vital events under concurrency', () => {
  it('crossing events on the same households sent at once all apply, none ends in a deadlock', async () => {
    // Pairs of households whose events cross: a child of each moves into the other (custody), so
    // each event locks the other's household in the opposite order.
    const pairs = await Promise.all(
      Array.from({ length: 8 }, async () => ({ left: await createHousehold(db, 2), right: await createHousehold(db, 2) })),
    );
    const answers = await Promise.all(
      pairs.flatMap(({ left, right }) => [
        operator.gql(EVENT, {
          input: {
            type: 'CUSTODY',
            source: 'POLICE_PLUS_10',
            occurredOn: '2026-11-20',
            subjectNationalId: left.memberIds[1],
            relatedNationalId: right.headNationalId,
          },
        }),
        operator.gql(EVENT, {
          input: {
            type: 'CUSTODY',
            source: 'POLICE_PLUS_10',
            occurredOn: '2026-11-20',
            subjectNationalId: right.memberIds[1],
            relatedNationalId: left.headNationalId,
          },
        }),
      ]),
    );
    expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions?.code)).toEqual([]);
    for (const { left, right } of pairs) {
      const leftNow = await operator.gql<Structure>(STRUCTURE, { n: left.headNationalId });
      expect(leftNow.data!.householdStructure!.members.map((m) => m.nationalId).sort()).toEqual(
        [left.headNationalId, right.memberIds[1]].sort(),
      );
      const rightNow = await operator.gql<Structure>(STRUCTURE, { n: right.headNationalId });
      expect(rightNow.data!.householdStructure!.members.map((m) => m.nationalId).sort()).toEqual(
        [right.headNationalId, left.memberIds[1]].sort(),
      );
    }
  });
});

describe('other systems', () => {
  it('read a household structure with household:read, audited with the ID masked; an unknown person is null', async () => {
    const household = await createHousehold(db, 2);
    const client = await clientWith(['household:read']);
    const answer = await client.gql<Structure>(STRUCTURE, { n: household.memberIds[1] });
    expect(answer.data!.householdStructure!.head.nationalId).toBe(household.headNationalId);
    expect((await client.gql<Structure>(STRUCTURE, { n: withCheckDigit('123454321') })).data!.householdStructure).toBeNull();
    const audited = await db.getRepository(AuditEvent).find({ where: { actorRole: `client:${client.id}` } });
    expect(audited.map((a) => a.action)).toContain('query.householdStructure');
    expect(JSON.stringify(audited)).not.toContain(household.memberIds[1]);
    expect((await client.gql(CHANGES, { first: 1 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('are refused with a wrong key, and past their daily quota with QUOTA_EXCEEDED', async () => {
    const household = await createHousehold(db, 1);
    const bad = await api.gql(
      STRUCTURE,
      { n: household.headNationalId },
      { authorization: 'Bearer pk_0000000000_wrongwrongwrongwrongwrongwrongwrongwrongwro' },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const client = await clientWith(['household:read'], 2);
    expect((await client.gql(STRUCTURE, { n: household.headNationalId })).errors).toBeUndefined();
    expect((await client.gql(STRUCTURE, { n: household.headNationalId })).errors).toBeUndefined();
    expect((await client.gql(STRUCTURE, { n: household.headNationalId })).errors?.[0]?.extensions?.code).toBe('QUOTA_EXCEEDED');
  });

  it('page through the change feed without skipping an event while writers commit concurrently', async () => {
    const reader = await clientWith(['household:changes'], 1_000_000);
    const start = await reader.gql<{ householdChanges: { pageInfo: { endCursor: string | null } } }>(CHANGES, { first: 1000 });
    let cursor: string | null = start.data!.householdChanges.pageInfo.endCursor;
    while (
      (
        await reader.gql<{ householdChanges: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(CHANGES, {
          after: cursor,
          first: 1000,
        })
      ).data!.householdChanges.pageInfo.hasNextPage
    ) {
      cursor = (await reader.gql<{ householdChanges: { pageInfo: { endCursor: string | null } } }>(CHANGES, { after: cursor, first: 1000 }))
        .data!.householdChanges.pageInfo.endCursor;
    }
    const households = await Promise.all(Array.from({ length: 12 }, () => createHousehold(db, 1)));
    const written = new Set<string>();
    const seen: string[] = [];
    let writing = true;
    const writers = Promise.all(
      households.map(async (h) => {
        const recorded = await event({ type: 'DEATH', subjectNationalId: h.headNationalId });
        written.add(recorded.id);
      }),
    ).finally(() => {
      writing = false;
    });
    // Read in small pages while the writers commit, then until the feed is drained.
    for (;;) {
      const stillWriting = writing;
      const page = await reader.gql<{
        householdChanges: { edges: Array<{ node: { id: string } }>; pageInfo: { endCursor: string | null } };
      }>(CHANGES, { after: cursor, first: 3 });
      for (const edge of page.data!.householdChanges.edges) seen.push(edge.node.id);
      cursor = page.data!.householdChanges.pageInfo.endCursor;
      if (!stillWriting && page.data!.householdChanges.edges.length === 0) break;
    }
    await writers;
    const mine = seen.filter((id) => written.has(id));
    expect(new Set(mine)).toEqual(written);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuse a page of more than 1000 and a forged cursor', async () => {
    const reader = await clientWith(['household:changes']);
    expect((await reader.gql(CHANGES, { first: 1001 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await reader.gql(CHANGES, { after: 'bm90LWEtY3Vyc29y', first: 10 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
