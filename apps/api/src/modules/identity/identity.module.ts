import type { ContextModule } from '../../platform/context';
import { NationalIdResolver } from './national-id.resolver';

/** National IDs: the public check-digit and place-of-issue inquiry (no tables of its own). */
export const identityModule: ContextModule = {
  name: 'identity',
  resolvers: [NationalIdResolver],
  entities: [],
  compose: () => ({ resolvers: [new NationalIdResolver()] }),
};
