import { randomInt } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../../platform/errors/domain-error';
import { Household, HouseholdStatus } from '../household.entity';
import { HouseholdMember, Relation } from '../household-member.entity';

/** 14 random digits: about 46.5 bits, so tracking codes cannot be guessed. */
export function newHouseholdTrackingCode(): string {
  return Array.from({ length: 14 }, () => String(randomInt(0, 10))).join('');
}

export async function currentMembership(manager: EntityManager, nationalId: string): Promise<HouseholdMember> {
  const member = await manager.findOne(HouseholdMember, { where: { nationalId, leftAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  if (!member) throw new NotFoundError(`The person (${nationalId.slice(0, 3)}…) in a household`);
  return member;
}

/**
 * Takes a person out of his household on `date`. When he was its head, headship passes to the
 * spouse, else to the eldest remaining member; a household left empty is dissolved.
 */
export async function leaveHousehold(manager: EntityManager, member: HouseholdMember, date: string): Promise<void> {
  await manager.update(HouseholdMember, { id: member.id }, { leftAt: date });
  const rest = await manager.find(HouseholdMember, {
    where: { householdId: member.householdId, leftAt: IsNull() },
    order: { birthDate: 'ASC', id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  if (rest.length === 0) {
    await manager.update(Household, { id: member.householdId }, { status: HouseholdStatus.DISSOLVED });
    return;
  }
  if (member.relation === Relation.HEAD) {
    const successor = rest.find((m) => m.relation === Relation.SPOUSE) ?? rest[0]!;
    await manager.update(HouseholdMember, { id: successor.id }, { relation: Relation.HEAD });
  }
}

/** Adds a person (a new row of membership) to a household on `date`. */
export async function joinHousehold(
  manager: EntityManager,
  householdId: string,
  person: Pick<HouseholdMember, 'nationalId' | 'firstName' | 'lastName' | 'birthDate' | 'gender'>,
  relation: Relation,
  date: string,
): Promise<void> {
  const { nationalId, firstName, lastName, birthDate, gender } = person;
  await manager.insert(HouseholdMember, {
    householdId,
    nationalId,
    firstName,
    lastName,
    birthDate,
    gender,
    relation,
    joinedAt: date,
    leftAt: null,
  });
}

/** A new household headed by `person`, with the cluster of the one he came from. */
export async function foundHousehold(
  manager: EntityManager,
  from: Household,
  person: Pick<HouseholdMember, 'nationalId' | 'firstName' | 'lastName' | 'birthDate' | 'gender'>,
  date: string,
): Promise<Household> {
  const household = await manager.save(Household, {
    trackingCode: newHouseholdTrackingCode(),
    incomeCluster: from.incomeCluster,
    province: from.province,
    armedForces: from.armedForces,
    status: HouseholdStatus.ACTIVE,
  });
  await joinHousehold(manager, household.id, person, Relation.HEAD, date);
  return household;
}
