export { organisationsModule, ORGANISATIONS } from './organisations.module';
export { OrganisationUnit, OrganisationUnitType } from './organisation-unit.entity';
export { OrganisationUnitView } from './organisation-unit.type';
export { OrganisationResolver } from './organisation.resolver';
export { OrganisationService } from './organisation.service';
export {
  EVERY_ROW,
  NO_ROWS,
  assertCanReachUnit,
  canReachUnit,
  isWithin,
  organisationUnitVisibility,
  pathWithinSql,
  subtreeCondition,
  subtreePattern,
  unitInSubtreeCondition,
  type SqlCondition,
} from './organisations.policy';
