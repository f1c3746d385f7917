export { OrganisationUnit, OrganisationUnitType } from './organisation-unit.entity';
export { OrganisationResolver } from './organisation.resolver';
export { OrganisationService } from './organisation.service';
export { assertCanReachUnit, canReachUnit, subtreeCondition } from './organisations.policy';
