/**
 * How the audit log names people and records in words. The platform knows neither users nor
 * indicators nor households: each context registers what it can describe when it is composed
 * (`audit.directory` of `PlatformServices`), and the audit search asks them for one page at a time.
 */

/** A person as the audit log shows him: his name and his masked national ID. */
export interface AuditPerson {
  name: string;
  /** e.g. `001****419` */
  nationalIdMasked: string;
}

/** The people of the log (the accounts context): names by user id, and the user ids of one national ID. */
export interface AuditPeople {
  /** The people of these user ids; ids it does not know are left out. */
  describe(userIds: readonly string[]): Promise<ReadonlyMap<string, AuditPerson>>;
  /** The user ids of the person with this (normalised) national ID: an audit search "by or about" him. */
  userIdsOf(nationalId: string): Promise<string[]>;
}

/**
 * Describes records of one target type in a few Persian words (an indicator by its title, a
 * household response by the household's tracking code); ids it does not know are left out. Ids
 * come as the log recorded them: not always UUIDs (`isUuid` before asking a uuid column).
 */
export type AuditTargetDescriber = (ids: readonly string[]) => Promise<ReadonlyMap<string, string>>;

export interface AuditTargetRegistration {
  /** The `targetType` the context records, e.g. `indicator`. */
  targetType: string;
  describe: AuditTargetDescriber;
  /**
   * Mutations whose result is a record of this type: their audit lines (`mutation.<name>`, written
   * for every mutation with the result's id) are described by the same describer.
   */
  mutations?: readonly string[];
}

/** A client system acting with its key (`actorRole` `client:<id>`): described as a target of type `api_client`. */
export const API_CLIENT_TARGET = 'api_client';

/** The registry the contexts fill at composition and the audit search reads. */
export class AuditDirectory {
  private people: AuditPeople | null = null;
  private readonly targets = new Map<string, AuditTargetDescriber>();
  private readonly mutationTargets = new Map<string, string>();

  registerPeople(people: AuditPeople): void {
    if (this.people) throw new Error('The audit log already has a people directory');
    this.people = people;
  }

  registerTarget(registration: AuditTargetRegistration): void {
    if (this.targets.has(registration.targetType)) throw new Error(`Audit target type "${registration.targetType}" is described twice`);
    this.targets.set(registration.targetType, registration.describe);
    for (const mutation of registration.mutations ?? []) this.mutationTargets.set(mutation, registration.targetType);
  }

  /** The target type of an audit line: its own, or the one its mutation's result has. */
  targetTypeOf(action: string, targetType: string | null): string | null {
    if (targetType !== null) return targetType;
    return action.startsWith('mutation.') ? (this.mutationTargets.get(action.slice('mutation.'.length)) ?? null) : null;
  }

  async describePeople(userIds: readonly string[]): Promise<ReadonlyMap<string, AuditPerson>> {
    const unique = [...new Set(userIds)];
    if (!this.people || unique.length === 0) return new Map();
    return this.people.describe(unique);
  }

  async userIdsOf(nationalId: string): Promise<string[]> {
    return this.people ? this.people.userIdsOf(nationalId) : [];
  }

  /** Words for each `(type, id)`, keyed `type:id`; types nobody describes are left out. */
  async describeTargets(targets: ReadonlyArray<{ type: string; id: string }>): Promise<ReadonlyMap<string, string>> {
    const byType = new Map<string, Set<string>>();
    for (const { type, id } of targets) {
      if (!this.targets.has(type)) continue;
      byType.set(type, (byType.get(type) ?? new Set()).add(id));
    }
    const described = new Map<string, string>();
    await Promise.all(
      [...byType].map(async ([type, ids]) => {
        // Words are a help to the reader: a describer that fails leaves its lines as they were recorded.
        const words = await this.targets.get(type)!([...ids]).catch(() => new Map<string, string>());
        for (const [id, text] of words) described.set(`${type}:${id}`, text);
      }),
    );
    return described;
  }
}
