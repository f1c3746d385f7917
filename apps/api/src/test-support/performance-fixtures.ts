import type { DataSource } from 'typeorm';
import { UserAccount } from '../modules/accounts';
import { EvaluationPeriod, PeriodStatus } from '../modules/performance/evaluation-period.entity';
import { Aggregation, ComparisonType, Indicator, IndicatorCategory, IndicatorStatus } from '../modules/performance/indicator.entity';
import { tehranToday } from '../platform/time/tehran-date';
import { createTree, createUser, Role, type Tree, type TestUser } from './accounts-fixtures';

export function isoDaysFromToday(days: number): string {
  const date = new Date(`${tehranToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface Cast {
  tree: Tree;
  lead: TestUser;
  approver: TestUser;
  entrant: TestUser;
  otherEntrant: TestUser;
  seniorLead: TestUser;
  period: EvaluationPeriod;
}

/**
 * A ministry with its people: the lead evaluator at the ministry, an approver at a subsidiary (his
 * subordinate), two entrants at the province (the approver's subordinates), a senior lead above,
 * and an open 30-day period.
 */
export async function createCast(db: DataSource): Promise<Cast> {
  const tree = await createTree(db);
  const root = (await db.query('SELECT id FROM organisation_unit WHERE id = $1', [tree.ministry.parentId]))[0] as { id: string };
  const rootUnit = { ...tree.ministry, id: root.id };
  const seniorLead = await createUser(db, [[Role.SENIOR_LEAD, rootUnit]]);
  const lead = await createUser(db, [[Role.LEAD_EVALUATOR, tree.ministry]]);
  const approver = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
  const entrant = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
  const otherEntrant = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
  await db.getRepository(UserAccount).update({ id: approver.id }, { superiorId: lead.id });
  await db.getRepository(UserAccount).update({ id: entrant.id }, { superiorId: approver.id });
  await db.getRepository(UserAccount).update({ id: otherEntrant.id }, { superiorId: approver.id });
  const period = await db
    .getRepository(EvaluationPeriod)
    .save({ title: 'دوره آزمون', startDate: tehranToday(), endDate: isoDaysFromToday(30), status: PeriodStatus.OPEN });
  return { tree, lead, approver, entrant, otherEntrant, seniorLead, period };
}

export async function createIndicator(db: DataSource, cast: Cast, overrides: Partial<Indicator> = {}): Promise<Indicator> {
  return db.getRepository(Indicator).save({
    periodId: cast.period.id,
    organisationUnitId: cast.tree.ministry.id,
    title: 'تعداد روستاهای آبرسانی شده',
    legalBasis: null,
    nature: 'کمی',
    comparisonType: ComparisonType.HIGHER_IS_BETTER,
    aggregation: Aggregation.SUM,
    unitOfMeasure: 'تعداد',
    target: '3000',
    scoreCap: '170',
    weight: '85',
    category: IndicatorCategory.GENERAL,
    status: IndicatorStatus.NOT_REFERRED,
    evaluationNote: null,
    proposalId: null,
    ...overrides,
  });
}
