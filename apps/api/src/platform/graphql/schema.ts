import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType, type NonEmptyArray } from 'type-graphql';
import { authChecker, undeclaredOperations } from '../auth/access';
import { NationalIdResolver } from '../../modules/identity';
import { OrganisationResolver } from '../../modules/organisations';
import { AuthResolver, RegistrationResolver } from '../../modules/accounts';
import { SmsOutboxResolver } from '../sms/sms-outbox.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { CartableResolver, IndicatorResolver, ReferralResolver } from '../../modules/performance';
import { HouseholdAdminResolver, HouseholdInquiryResolver, HouseholdsResolver, WebhookResolver } from '../../modules/households';
import { ApiClientResolver } from '../../modules/api-clients';

/** Every resolver of every context; a context adds its own here (and its instance in composition.ts). */
export const RESOLVERS: NonEmptyArray<Function> = [
  NationalIdResolver,
  OrganisationResolver,
  AuthResolver,
  RegistrationResolver,
  SmsOutboxResolver,
  AuditResolver,
  IndicatorResolver,
  ReferralResolver,
  CartableResolver,
  HouseholdsResolver,
  HouseholdInquiryResolver,
  HouseholdAdminResolver,
  WebhookResolver,
  ApiClientResolver,
];

/**
 * Builds the GraphQL schema from the code alone: no database, no server. The container gives the
 * resolver instances at run time (see composition.ts); emitting the schema needs none.
 */
export async function buildAppSchema(container?: ContainerType): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    ...(container ? { container } : {}),
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: true, stopAtFirstError: false },
  });
  const undeclared = undeclaredOperations(schema);
  if (undeclared.length > 0) {
    throw new Error(`Operations without an access rule (add @Public or @RequirePermission): ${undeclared.join(', ')}`);
  }
  return schema;
}
