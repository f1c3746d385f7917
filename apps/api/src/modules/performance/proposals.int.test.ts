import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi, type TestClient } from '../../test-support/test-api';
import { createUser, Role, signIn } from '../../test-support/accounts-fixtures';
import { createCast, type Cast } from '../../test-support/performance-fixtures';
import { OrganisationUnit, OrganisationUnitType } from '../organisations';

let api: TestApi;
let db: DataSource;
let cast: Cast;
let deputy: TestClient;
let seniorLead: TestClient;
let planningOffice: OrganisationUnit;

beforeAll(async () => {
  api = await startTestApi();
  db = api.server.database.dataSource;
  cast = await createCast(db);
  const root = await db.getRepository(OrganisationUnit).findOneByOrFail({ id: cast.tree.ministry.parentId! });
  planningOffice = await db.getRepository(OrganisationUnit).save({
    code: `MPO-${cast.tree.ministry.code}`,
    name: 'سازمان مدیریت و برنامه‌ریزی استان سمنان',
    parentId: root.id,
    path: `${root.path}MPO-${cast.tree.ministry.code}/`,
    level: 1,
    type: OrganisationUnitType.PROVINCIAL,
    province: 'سمنان',
  });
  deputy = await signIn(api, await createUser(db, [[Role.PROVINCIAL_PLANNING_DEPUTY, planningOffice]]));
  seniorLead = await signIn(api, cast.seniorLead);
});
afterAll(async () => {
  await api.stop();
});

const PROPOSE = 'mutation($input: ProposalInput!) { proposeIndicator(input: $input) { id status score } }';

function proposal(score: number, overrides: Record<string, unknown> = {}) {
  return {
    input: {
      periodId: cast.period.id,
      organisationUnitId: cast.tree.provincial.id,
      title: 'میزان کاهش هدررفت آب شرب',
      unitOfMeasure: 'درصد',
      calculationMethod: 'حجم آب بدون درآمد ÷ حجم آب تولیدی',
      targetLower: '5',
      targetUpper: '15',
      target: '10',
      score,
      ...overrides,
    },
  };
}

describe('indicator proposals', () => {
  it('never lets an agency pass 150 points, even with two proposals sent at the same moment', async () => {
    const first = await deputy.gql(PROPOSE, proposal(60));
    expect(first.errors).toBeUndefined();
    const together = await Promise.all([deputy.gql(PROPOSE, proposal(60)), deputy.gql(PROPOSE, proposal(60))]);
    const codes = together.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'PROPOSAL_CAP_EXCEEDED']);
    const over = await deputy.gql(PROPOSE, proposal(30.01));
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'PROPOSAL_CAP_EXCEEDED', used: 120, cap: 150 });
    expect((await deputy.gql(PROPOSE, proposal(30))).errors).toBeUndefined();
    const [{ total }] = (await db.query(
      `SELECT sum(score)::float8 AS total FROM indicator_proposal WHERE organisation_unit_id = $1 AND period_id = $2`,
      [cast.tree.provincial.id, cast.period.id],
    )) as [{ total: number }];
    expect(total).toBe(150);
  });

  it('refuses a target outside its bounds, an agency outside the province, and anyone but the deputy', async () => {
    expect((await deputy.gql(PROPOSE, proposal(5, { target: '20' }))).errors?.[0]?.extensions?.code).toBe('PROPOSAL_TARGET_INVALID');
    expect((await deputy.gql(PROPOSE, proposal(5, { organisationUnitId: cast.tree.ministry.id }))).errors?.[0]?.extensions?.code).toBe(
      'PROPOSAL_UNIT_INVALID',
    );
    expect((await seniorLead.gql(PROPOSE, proposal(5))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('becomes a specific indicator of the agency once the senior lead approves; a rejection frees its points', async () => {
    const otherCast = await createCast(db);
    const office = await db.getRepository(OrganisationUnit).findOneByOrFail({ id: planningOffice.id });
    void office;
    const target = { organisationUnitId: otherCast.tree.provincial.id, periodId: otherCast.period.id };
    const created = await deputy.gql<{ proposeIndicator: { id: string } }>(PROPOSE, proposal(150, target));
    expect(created.errors).toBeUndefined();
    const id = created.data!.proposeIndicator.id;
    expect((await deputy.gql(PROPOSE, proposal(1, target))).errors?.[0]?.extensions?.code).toBe('PROPOSAL_CAP_EXCEEDED');

    const rejected = await seniorLead.gql('mutation($id: ID!) { rejectIndicatorProposal(id: $id, reason: "تکراری است") { status } }', {
      id,
    });
    expect(rejected.data).toEqual({ rejectIndicatorProposal: { status: 'REJECTED' } });
    const again = await deputy.gql<{ proposeIndicator: { id: string } }>(PROPOSE, proposal(40, target));
    const approved = await seniorLead.gql('mutation($id: ID!) { approveIndicatorProposal(id: $id) { status } }', {
      id: again.data!.proposeIndicator.id,
    });
    expect(approved.data).toEqual({ approveIndicatorProposal: { status: 'APPROVED' } });
    const rows = (await db.query('SELECT category, status, score_cap::float8 AS cap FROM indicator WHERE proposal_id = $1', [
      again.data!.proposeIndicator.id,
    ])) as unknown[];
    expect(rows).toEqual([{ category: 'SPECIFIC', status: 'NOT_REFERRED', cap: 40 }]);
    const twice = await seniorLead.gql('mutation($id: ID!) { approveIndicatorProposal(id: $id) { status } }', {
      id: again.data!.proposeIndicator.id,
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });
});
