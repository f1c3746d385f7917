import type { DataSource } from 'typeorm';
import type { Principal } from '../../platform/auth/principal';
import { OrganisationUnit } from './organisation-unit.entity';
import { organisationUnitVisibility, subtreeCondition } from './organisations.policy';

export class OrganisationService {
  constructor(private readonly dataSource: DataSource) {}

  /** The whole tree, for the public registration form (names and levels are public knowledge). */
  allUnits(principal: Principal | null): Promise<OrganisationUnit[]> {
    const visible = organisationUnitVisibility(principal, 'unit');
    return this.dataSource
      .getRepository(OrganisationUnit)
      .createQueryBuilder('unit')
      .where(visible.sql, visible.params)
      .orderBy('unit.path', 'ASC')
      .getMany();
  }

  /** The caller's own subtree, his unit first. */
  unitsInScope(principal: Principal): Promise<OrganisationUnit[]> {
    const scope = subtreeCondition(principal, 'unit');
    return this.dataSource
      .getRepository(OrganisationUnit)
      .createQueryBuilder('unit')
      .where(scope.sql, scope.params)
      .orderBy('unit.path', 'ASC')
      .getMany();
  }

  byIds(ids: readonly string[]): Promise<OrganisationUnit[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.dataSource
          .getRepository(OrganisationUnit)
          .createQueryBuilder('unit')
          .whereInIds([...ids])
          .getMany();
  }
}
