import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { accessRuleOf } from './platform/auth/access';
import { Permission } from './platform/auth/permissions';
import { permissionsOf } from './platform/auth/role-permissions';
import { ALL_ROLES, Role } from './platform/auth/roles';
import { buildAppSchema } from './platform/graphql/schema';
import { RESOLVERS } from './composition';
import { minimalPdf } from './platform/files/test-fixtures/samples';
import { OrganisationUnit } from './modules/organisations';
import { UserAccount } from './modules/accounts';
import { referralVisibility } from './modules/performance/performance.policy';
import { startTestApi, type TestApi, type TestClient } from './test-support/test-api';
import { createUser, signIn, type TestUser } from './test-support/accounts-fixtures';
import { createCast, createIndicator, isoDaysFromToday, type Cast } from './test-support/performance-fixtures';
import { createHousehold, type TestHousehold } from './test-support/households-fixtures';
import { userPrincipal } from './test-support/principals';
import { SchemaPaths, collectReached, operationText, requiredArguments, type Kinds, type Reached } from './test-support/schema-paths';

/**
 * Field-level visibility (issue 9, point 1): for every role, every nested path of the schema that
 * returns a referral, an entry, an evidence file, a person, an organisation unit, an indicator, a
 * household or a household member shows only objects that the top-level queries give the same
 * caller (an evidence file: the download route). The paths are generated from the built schema (`schema-paths.ts`), so a new
 * field returning one of these kinds is walked without being listed here.
 */

/** The watched kinds and the fields that identify one object of each (an entry is its referral's). */
const KINDS: Kinds = {
  Referral: 'id',
  PerformanceEntry: 'evidenceFileIds',
  EvidenceFile: 'id',
  UserSummary: 'id',
  OrganisationUnit: 'id',
  Indicator: 'id',
  HouseholdStructure: 'id',
  HouseholdMember: 'nationalId',
};

/** Object hops from a root field: enough for referral → indicator → topReferrals → children → children → children. */
const MAX_HOPS = 6;

interface World {
  cast: Cast;
  units: { root: OrganisationUnit; ministry: OrganisationUnit; otherMinistry: OrganisationUnit };
  indicators: { i1: string; i2: string; i3: string };
  referrals: Record<'t1' | 't2' | 't3' | 't4' | 'c1' | 'c2' | 'c3' | 'g1', string>;
  household: TestHousehold;
}

/** Arguments for root fields that require them: each gives the variable sets to walk with. */
const ROOT_ARGUMENTS: Record<string, (world: World) => Array<Record<string, unknown>>> = {
  referral: (w) => Object.values(w.referrals).map((id) => ({ id })),
  indicators: (w) => [{ filter: { periodId: w.cast.period.id, offset: 0, limit: 50 } }],
  cartableUnits: (w) => [{ periodId: w.cast.period.id }],
  performanceDashboard: (w) => [{ periodId: w.cast.period.id }],
  scoringSheet: (w) =>
    [w.units.ministry, w.units.otherMinistry].map((unit) => ({ periodId: w.cast.period.id, organisationUnitId: unit.id })),
  householdStructure: (w) => [{ nationalId: w.household.headNationalId }],
};

/** Root errors that mean "not yours" (a referral of someone else, an agency outside the subtree). */
const NOT_YOURS = new Set(['NOT_FOUND']);

interface Caller {
  name: string;
  user: TestUser;
  role: Role;
  unit: OrganisationUnit;
  client: TestClient;
  /** The fixture referrals the caller may see (the rule of seed 002, written out for this tree). */
  expected: ReferralName[];
}

type ReferralName = keyof World['referrals'];

/** Who walks the schema: the Ma'na cast on the fixture tree, then one user for every other role. */
const MANA_CALLERS: Array<{ name: string; role: Role; expected: ReferralName[] }> = [
  { name: 'senior lead', role: Role.SENIOR_LEAD, expected: ['t1', 't2', 't3', 't4', 'c1', 'c2', 'c3', 'g1'] },
  { name: 'lead evaluator', role: Role.LEAD_EVALUATOR, expected: ['t1', 't2', 't3', 'c1', 'c2', 'c3', 'g1'] },
  { name: 'lead evaluator of another ministry', role: Role.LEAD_EVALUATOR, expected: ['t4'] },
  // Not t2: it went to a data entrant of the headquarters, outside the approver's subsidiary.
  { name: 'approver', role: Role.APPROVER, expected: ['t1', 't3', 'c1', 'c2', 'c3', 'g1'] },
  // His own referrals and g1, which he delegated to his subordinate; not c3, his colleague's share.
  { name: 'data entrant who delegated', role: Role.DATA_ENTRANT, expected: ['c1', 'c2', 'g1'] },
  { name: 'data entrant beside him', role: Role.DATA_ENTRANT, expected: ['c3'] },
  { name: "data entrant's subordinate", role: Role.DATA_ENTRANT, expected: ['g1'] },
  { name: 'headquarters data entrant', role: Role.DATA_ENTRANT, expected: ['t2'] },
  { name: 'data entrant of another ministry', role: Role.DATA_ENTRANT, expected: ['t4'] },
];
const CALLERS = [
  ...MANA_CALLERS,
  ...ALL_ROLES.filter((role) => !MANA_CALLERS.some((c) => c.role === role)).map((role) => ({
    name: role as string,
    role,
    expected: [] as ReferralName[],
  })),
];

let api: TestApi;
let db: DataSource;
let storageDir: string;
let schema: GraphQLSchema;
let paths: SchemaPaths;
let world: World;
const callers: Caller[] = [];

async function ok<T>(client: TestClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await client.gql<T>(query, variables);
  if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

async function uploadEvidence(client: TestClient, name: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([minimalPdf(name)], { type: 'application/pdf' }), `${name}.pdf`);
  const response = await fetch(`${api.url}/files/evidence`, { method: 'POST', headers: { cookie: client.cookie! }, body: form });
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

const REFER = 'mutation($id: ID!, $input: ReferInput!) { referIndicator(indicatorId: $id, input: $input) { id assigneeId } }';
const REFER_FURTHER = 'mutation($id: ID!, $input: ReferInput!) { referFurther(referralId: $id, input: $input) { id assigneeId } }';
const SAVE = 'mutation($id: ID!, $input: PerformanceEntryInput!) { savePerformanceEntry(referralId: $id, input: $input) { value } }';

type Made = Array<{ id: string; assigneeId: string }>;

/** Saves an entry with a value, a description and one evidence file of the assignee's own. */
async function enter(client: TestClient, referralId: string, value: string, label: string): Promise<void> {
  const evidence = await uploadEvidence(client, label);
  await ok(client, SAVE, {
    id: referralId,
    input: { value, description: `شرح ${label}`, keyObstacles: `موانع ${label}`, evidenceFileIds: [evidence] },
  });
}

/**
 * Two ministries under one root. In the first, two indicators referred down three levels (one chain
 * delegated by a data entrant to his own subordinate), with entries and evidence at the leaves; in
 * the second, one indicator referred to its own entrant. A user for every other role.
 */
async function buildWorld(): Promise<World> {
  const cast = await createCast(db);
  const units = {
    root: await db.getRepository(OrganisationUnit).findOneByOrFail({ id: cast.tree.ministry.parentId! }),
    ministry: cast.tree.ministry,
    otherMinistry: cast.tree.otherMinistryUnit,
  };
  const users = db.getRepository(UserAccount);
  const subEntrant = await createUser(db, [[Role.DATA_ENTRANT, cast.tree.provincial]]);
  const hqEntrant = await createUser(db, [[Role.DATA_ENTRANT, cast.tree.hq]]);
  const otherLead = await createUser(db, [[Role.LEAD_EVALUATOR, units.otherMinistry]]);
  const otherLeadEntrant = await createUser(db, [[Role.DATA_ENTRANT, units.otherMinistry]]);
  await users.update({ id: subEntrant.id }, { superiorId: cast.entrant.id });
  await users.update({ id: hqEntrant.id }, { superiorId: cast.lead.id });
  await users.update({ id: otherLeadEntrant.id }, { superiorId: otherLead.id });

  const who: Record<string, { user: TestUser; unit: OrganisationUnit }> = {
    'senior lead': { user: cast.seniorLead, unit: units.root },
    'lead evaluator': { user: cast.lead, unit: units.ministry },
    'lead evaluator of another ministry': { user: otherLead, unit: units.otherMinistry },
    approver: { user: cast.approver, unit: cast.tree.subsidiary },
    'data entrant who delegated': { user: cast.entrant, unit: cast.tree.provincial },
    'data entrant beside him': { user: cast.otherEntrant, unit: cast.tree.provincial },
    "data entrant's subordinate": { user: subEntrant, unit: cast.tree.provincial },
    'headquarters data entrant': { user: hqEntrant, unit: cast.tree.hq },
    'data entrant of another ministry': { user: otherLeadEntrant, unit: units.otherMinistry },
  };
  const people: Array<Omit<Caller, 'client'>> = [];
  for (const spec of CALLERS) {
    const at = who[spec.name]?.unit ?? (spec.role === Role.PROVINCIAL_PLANNING_DEPUTY ? cast.tree.provincial : units.root);
    people.push({ ...spec, unit: at, user: who[spec.name]?.user ?? (await createUser(db, [[spec.role, at]])) });
  }
  for (const person of people) callers.push({ ...person, client: await signIn(api, person.user) });
  const client = (user: TestUser) => callers.find((c) => c.user.id === user.id)!.client;

  const deadline = (days: number) => isoDaysFromToday(days);
  const i1 = await createIndicator(db, cast, { title: 'شاخص یک' });
  const i2 = await createIndicator(db, cast, { title: 'شاخص دو' });
  const i3 = await createIndicator(db, cast, { title: 'شاخص وزارت دیگر', organisationUnitId: units.otherMinistry.id });

  const [t1, t2] = (
    await ok<{ referIndicator: Made }>(client(cast.lead), REFER, {
      id: i1.id,
      input: {
        breakdown: 'BY_REFERRER',
        provinces: [
          { province: 'سمنان', target: '2000', assigneeId: cast.approver.id, deadline: deadline(20) },
          { province: 'تهران', target: '1000', assigneeId: hqEntrant.id, deadline: deadline(20) },
        ],
      },
    })
  ).referIndicator.sort((a, b) => (a.assigneeId === cast.approver.id ? -1 : b.assigneeId === cast.approver.id ? 1 : 0));
  const c1 = (
    await ok<{ referFurther: Made }>(client(cast.approver), REFER_FURTHER, {
      id: t1!.id,
      input: { breakdown: 'NONE', assigneeId: cast.entrant.id, deadline: deadline(15) },
    })
  ).referFurther[0]!;
  const g1 = (
    await ok<{ referFurther: Made }>(client(cast.entrant), REFER_FURTHER, {
      id: c1.id,
      input: { breakdown: 'NONE', assigneeId: subEntrant.id, deadline: deadline(10) },
    })
  ).referFurther[0]!;
  await enter(client(subEntrant), g1.id, '1800', 'g1');
  await enter(client(hqEntrant), t2!.id, '900', 't2');

  const t3 = (
    await ok<{ referIndicator: Made }>(client(cast.lead), REFER, {
      id: i2.id,
      input: { breakdown: 'NONE', assigneeId: cast.approver.id, deadline: deadline(20) },
    })
  ).referIndicator[0]!;
  const split = (
    await ok<{ referFurther: Made }>(client(cast.approver), REFER_FURTHER, {
      id: t3.id,
      input: {
        breakdown: 'BY_REFERRER',
        provinces: [
          { province: 'سمنان', target: '1500', assigneeId: cast.entrant.id, deadline: deadline(15) },
          { province: 'تهران', target: '1500', assigneeId: cast.otherEntrant.id, deadline: deadline(15) },
        ],
      },
    })
  ).referFurther;
  const c2 = split.find((r) => r.assigneeId === cast.entrant.id)!;
  const c3 = split.find((r) => r.assigneeId === cast.otherEntrant.id)!;
  await enter(client(cast.entrant), c2.id, '1400', 'c2');
  await enter(client(cast.otherEntrant), c3.id, '1300', 'c3');

  const t4 = (
    await ok<{ referIndicator: Made }>(client(otherLead), REFER, {
      id: i3.id,
      input: { breakdown: 'NONE', assigneeId: otherLeadEntrant.id, deadline: deadline(20) },
    })
  ).referIndicator[0]!;
  await enter(client(otherLeadEntrant), t4.id, '2900', 't4');

  return {
    cast,
    units,
    indicators: { i1: i1.id, i2: i2.id, i3: i3.id },
    referrals: { t1: t1!.id, t2: t2!.id, t3: t3.id, t4: t4.id, c1: c1.id, c2: c2.id, c3: c3.id, g1: g1.id },
    household: await createHousehold(db, 3),
  };
}

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), 'pishkhan-visibility-'));
  api = await startTestApi({ FILE_STORAGE: 'local', FILE_STORAGE_DIR: storageDir });
  db = api.server.database.dataSource;
  schema = await buildAppSchema(RESOLVERS);
  paths = new SchemaPaths(schema, KINDS, MAX_HOPS);
  world = await buildWorld();
}, 120_000);

afterAll(async () => {
  await api?.stop();
  if (storageDir) await rm(storageDir, { recursive: true, force: true });
});

const mayCall = (role: Role, field: GraphQLField<unknown, unknown>): boolean => {
  const rule = accessRuleOf(field.extensions);
  if (!rule) return false;
  return 'public' in rule || permissionsOf(role).has(rule.permission);
};

/** Runs `tasks` at most `width` at a time (the test database's pool is small). */
async function inBatches<T>(tasks: Array<() => Promise<T>>, width = 4): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += width) results.push(...(await Promise.all(tasks.slice(i, i + width).map((task) => task()))));
  return results;
}

interface Walk {
  reached: Array<Reached & { root: string }>;
  /** Errors other than a root's "not yours". */
  errors: string[];
  operations: number;
}

/** Runs one generated path as the caller. */
async function run(caller: Caller, root: GraphQLField<unknown, unknown>, selection: string, variables: Record<string, unknown>) {
  const response = await caller.client.gql(operationText(root, selection, variables), variables);
  const refused = (response.errors ?? []).filter((e) => (e.path?.length ?? 0) <= 1 && NOT_YOURS.has(String(e.extensions?.code)));
  const errors = (response.errors ?? [])
    .filter((e) => !refused.includes(e))
    .map((e) => `${root.name}${JSON.stringify(variables)} ${e.path?.join('.') ?? ''}: ${String(e.extensions?.code)} ${e.message}`);
  if (response.status !== 200) errors.push(`${root.name}: HTTP ${response.status}`);
  const data = response.data?.[root.name];
  return {
    reached: collectReached(data, KINDS, root.name).map((r) => ({ ...r, root: root.name })),
    errors,
    refusedAtRoot: refused.length > 0 && (data === null || data === undefined),
  };
}

/** Every generated path from every root the caller may call, run as the caller. */
async function walk(caller: Caller): Promise<Walk> {
  const tasks: Array<() => Promise<{ reached: Array<Reached & { root: string }>; errors: string[]; operations: number }>> = [];
  for (const root of paths.roots().filter((field) => mayCall(caller.role, field))) {
    const [first, ...rest] = paths.queryFor(root).selections;
    for (const variables of ROOT_ARGUMENTS[root.name]?.(world) ?? [{}]) {
      tasks.push(async () => {
        const head = await run(caller, root, first!, variables);
        // A root that refuses these arguments (someone else's referral) refuses every path below it.
        if (head.refusedAtRoot) return { ...head, operations: 1 };
        const tail = await inBatches(rest.map((selection) => () => run(caller, root, selection, variables)));
        return {
          reached: [...head.reached, ...tail.flatMap((t) => t.reached)],
          errors: [...head.errors, ...tail.flatMap((t) => t.errors)],
          operations: 1 + tail.length,
        };
      });
    }
  }
  const results = await inBatches(tasks, 2);
  return {
    reached: results.flatMap((r) => r.reached),
    errors: results.flatMap((r) => r.errors),
    operations: results.reduce((n, r) => n + r.operations, 0),
  };
}

/** What the top-level queries give one caller, asked once per object and remembered. */
class TopLevel {
  private readonly referrals = new Map<string, Promise<boolean>>();
  private readonly files = new Map<string, Promise<boolean>>();
  private lists: Promise<{ me: string; candidates: Set<string>; indicators: Set<string>; units: Set<string> }> | null = null;

  constructor(private readonly caller: Caller) {}

  private get permissions() {
    return permissionsOf(this.caller.role);
  }

  /**
   * `referral(id)` answers it. A role that may not call `referral` but reaches referrals through
   * `indicators` (the senior lead) is asked the rule that query applies, `referralVisibility`; a
   * role that may call neither sees no referral.
   */
  referral(id: string): Promise<boolean> {
    let known = this.referrals.get(id);
    if (!known) {
      if (this.permissions.has(Permission.PERFORMANCE_WORK)) {
        known = this.caller.client
          .gql<{ referral: { id: string } | null }>('query($id: ID!) { referral(id: $id) { id } }', { id })
          .then((r) => r.data?.referral?.id === id);
      } else {
        known = this.permissions.has(Permission.PERFORMANCE_DASHBOARD) ? this.byPolicy(id) : Promise.resolve(false);
      }
      this.referrals.set(id, known);
    }
    return known;
  }

  private async byPolicy(id: string): Promise<boolean> {
    const principal = userPrincipal(this.caller.role, this.caller.unit.path, this.caller.user.id);
    const scope = referralVisibility(principal, 'r');
    return db
      .createQueryBuilder()
      .select('r.id')
      .from('referral', 'r')
      .where('r.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getExists();
  }

  /** `GET /files/evidence/:id` gives the file to the caller. */
  file(id: string): Promise<boolean> {
    let known = this.files.get(id);
    if (!known) {
      known = fetch(`${api.url}/files/evidence/${id}`, { headers: { cookie: this.caller.client.cookie! } }).then(async (r) => {
        await r.arrayBuffer();
        return r.status === 200;
      });
      this.files.set(id, known);
    }
    return known;
  }

  /** The lists the caller may ask for: himself, his subordinates, his indicators, the unit tree. */
  listed() {
    this.lists ??= (async () => {
      const has = (p: Permission) => this.permissions.has(p);
      const me = await ok<{ me: { user: { id: string } } }>(this.caller.client, '{ me { user { id } } }');
      const candidates = has(Permission.PERFORMANCE_WORK)
        ? (await ok<{ referralCandidates: Array<{ id: string }> }>(this.caller.client, '{ referralCandidates { id } }')).referralCandidates
        : [];
      const indicators = has(Permission.PERFORMANCE_DASHBOARD)
        ? (
            await ok<{ indicators: { items: Array<{ id: string }> } }>(
              this.caller.client,
              'query($f: IndicatorFilter!) { indicators(filter: $f) { items { id } } }',
              { f: { periodId: world.cast.period.id, limit: 50 } },
            )
          ).indicators.items
        : [];
      const units = (
        await ok<{ registrationOrganisations: Array<{ id: string }> }>(this.caller.client, '{ registrationOrganisations { id } }')
      ).registrationOrganisations;
      return {
        me: me.me.user.id,
        candidates: new Set(candidates.map((c) => c.id)),
        indicators: new Set(indicators.map((i) => i.id)),
        units: new Set(units.map((u) => u.id)),
      };
    })();
    return this.lists;
  }

  /** Some fixture referral with `column` = `value` is one the caller may see. */
  async anyReferral(column: 'indicator_id' | 'person', value: string): Promise<boolean> {
    const where = column === 'person' ? '(referrer_id = $1 OR assignee_id = $1)' : 'indicator_id = $1';
    const rows = (await db.query(`SELECT id FROM referral WHERE ${where} AND id = ANY($2)`, [
      value,
      Object.values(world.referrals),
    ])) as Array<{ id: string }>;
    for (const row of rows) if (await this.referral(row.id)) return true;
    return false;
  }

  /** `householdStructure(nationalId)` gives the caller this household (asked with one of its members). */
  async household(nationalId: string, householdId: string | null): Promise<boolean> {
    if (!this.permissions.has(Permission.HOUSEHOLD_READ)) return false;
    const found = await this.caller.client.gql<{ householdStructure: { id: string } | null }>(
      'query($n: String!) { householdStructure(nationalId: $n) { id } }',
      { n: nationalId },
    );
    return (
      found.data?.householdStructure !== null &&
      found.data?.householdStructure !== undefined &&
      (householdId === null || found.data.householdStructure.id === householdId)
    );
  }

  /** Why the top-level queries would not give the caller this object; null when they would. */
  async refusal(reached: Reached): Promise<string | null> {
    const { object } = reached;
    const lists = await this.listed();
    switch (reached.kind) {
      case 'Referral':
        return (await this.referral(String(object.id))) ? null : 'referral(id) does not give it';
      case 'PerformanceEntry': {
        const owner = [...reached.ancestors].reverse().find((a) => a.__typename === 'Referral');
        if (!owner) return 'an entry reached without its referral: teach the test its identity';
        if (!(await this.referral(String(owner.id)))) return `the entry of referral ${String(owner.id)}, which referral(id) does not give`;
        for (const file of (object.evidenceFileIds as string[] | undefined) ?? [])
          if (!(await this.file(file))) return `evidence file ${file}, which GET /files/evidence does not give`;
        return null;
      }
      case 'EvidenceFile':
        return (await this.file(String(object.id))) ? null : 'an evidence file GET /files/evidence does not give';
      case 'UserSummary': {
        const id = String(object.id);
        if (id === lists.me || lists.candidates.has(id) || (await this.anyReferral('person', id))) return null;
        return 'a person who is neither me, my subordinate nor a party to a referral I may see';
      }
      case 'Indicator': {
        const id = String(object.id);
        if (lists.indicators.has(id) || (await this.anyReferral('indicator_id', id))) return null;
        return 'an indicator neither in indicators() nor the subject of a referral I may see';
      }
      case 'OrganisationUnit':
        return lists.units.has(String(object.id)) ? null : 'a unit registrationOrganisations does not list';
      case 'HouseholdStructure': {
        const member = (await db.query('SELECT national_id FROM household_member WHERE household_id = $1 AND left_at IS NULL LIMIT 1', [
          object.id,
        ])) as Array<{ national_id: string }>;
        return member[0] && (await this.household(member[0].national_id, String(object.id)))
          ? null
          : 'a household householdStructure does not give';
      }
      case 'HouseholdMember':
        return (await this.household(String(object.nationalId), null)) ? null : 'a person householdStructure does not give';
      default:
        return `no top-level rule for ${reached.kind}: add it to the test`;
    }
  }
}

const referralName = (id: string): string => Object.entries(world.referrals).find(([, value]) => value === id)?.[0] ?? id;

describe('nested fields show only what the top-level queries show', () => {
  it('walks every root that can reach a watched kind, through the paths of the issue', () => {
    const missing = paths
      .roots()
      .filter((root) => requiredArguments(root).length > 0 && !ROOT_ARGUMENTS[root.name])
      .map((root) => `${root.name}(${requiredArguments(root).join(', ')})`);
    expect(missing, 'roots that need arguments: add them to ROOT_ARGUMENTS').toEqual([]);
    for (const root of paths.roots()) paths.queryFor(root);
    expect(paths.unwalkable, 'nested fields that need arguments: teach the walk').toEqual([]);
    const referral = paths.queryFor(paths.roots().find((r) => r.name === 'referral')!).selections.join('\n');
    expect(referral).toMatch(/indicator \{[^\n]*topReferrals \{[^\n]*entry \{ __typename evidenceFileIds/);
    expect(referral).toMatch(/children \{[^\n]*children \{[^\n]*entry \{/);
  });

  it('gives every role a caller', () => {
    expect(new Set(CALLERS.map((c) => c.role))).toEqual(new Set(ALL_ROLES));
  });

  it.each(CALLERS.map((c) => [c.name, c.role]))(
    '%s (%s): the top-level queries and every nested path agree on what the caller sees',
    async (name) => {
      const caller = callers.find((c) => c.name === name)!;
      const top = new TopLevel(caller);
      const { reached, errors, operations } = await walk(caller);
      expect(operations, 'some paths were walked').toBeGreaterThan(0);
      expect.soft(errors, 'errors on the nested paths').toEqual([]);

      // One line per object the top-level queries would not give (with the first path that reached it).
      const checked = new Set<string>();
      const violations: string[] = [];
      for (const item of reached) {
        const key = `${item.kind} ${item.kind === 'Referral' ? referralName(String(item.object.id)) : JSON.stringify(item.object)}`;
        if (checked.has(key)) continue;
        checked.add(key);
        const why = await top.refusal(item);
        if (why) violations.push(`reached ${key} at ${item.path}: ${why}`);
      }
      expect.soft(violations, 'objects the top-level queries do not give').toEqual([]);

      // The top-level query follows seed 002's rule (a data entrant also sees the chain he delegated) …
      const visibleByTopLevel: string[] = [];
      for (const [referral, id] of Object.entries(world.referrals)) if (await top.referral(id)) visibleByTopLevel.push(referral);
      expect.soft(visibleByTopLevel.sort(), 'referral(id) gives').toEqual([...caller.expected].sort());
      // … and the walk reaches all of it: the nested fields hide nothing the caller may see.
      const reachedReferrals = [
        ...new Set(reached.filter((r) => r.kind === 'Referral').map((r) => referralName(String(r.object.id)))),
      ].sort();
      expect.soft(reachedReferrals, 'referrals reached by the walk').toEqual([...caller.expected].sort());
    },
    90_000,
  );
});
