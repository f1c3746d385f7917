import { ServiceKey, type ContextModule } from '../../platform/context';
import { OrganisationUnit } from './organisation-unit.entity';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

/** The organisation tree, for the contexts that scope rows by subtree. */
export const ORGANISATIONS = new ServiceKey<OrganisationService>('organisations');

/** The organisation tree: units with materialised paths; row-level scope by subtree. */
export const organisationsModule: ContextModule = {
  name: 'organisations',
  resolvers: [OrganisationResolver],
  entities: [OrganisationUnit],
  compose: ({ dataSource }, services) => {
    const organisations = new OrganisationService(dataSource);
    services.provide(ORGANISATIONS, organisations);
    return { resolvers: [new OrganisationResolver(organisations)] };
  },
};
