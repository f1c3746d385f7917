import { Authorized, Extensions, type AuthChecker } from 'type-graphql';
import type { GraphQLFieldExtensions, GraphQLSchema } from 'graphql';
import { DomainError, ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { Permission } from './permissions';
import type { RequestContext } from '../graphql/context';

/**
 * How a root operation is guarded, kept in the field's GraphQL extensions so that the built schema
 * itself says it (the deny-by-default test and the access middleware both read it from there).
 */
export type AccessRule = { public: true } | { permission: Permission };

const ACCESS_KEY = 'access';

export class PasswordChangeRequiredError extends DomainError {
  constructor() {
    super('PASSWORD_CHANGE_REQUIRED', 'Change the temporary password first');
  }
}

type MethodDecorator = (target: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => void;

/** Anyone may call this operation, signed in or not. Say why in a comment where it is used. */
export function Public(): MethodDecorator {
  const rule: AccessRule = { public: true };
  return Extensions({ [ACCESS_KEY]: rule }) as MethodDecorator;
}

/** Only a caller whose active role grants `permission` may call this operation. */
export function RequirePermission(permission: Permission): MethodDecorator {
  const rule: AccessRule = { permission };
  const extension = Extensions({ [ACCESS_KEY]: rule }) as MethodDecorator;
  const authorized = Authorized(permission) as MethodDecorator;
  return (target, propertyKey, descriptor) => {
    extension(target, propertyKey, descriptor);
    authorized(target, propertyKey, descriptor);
  };
}

export function accessRuleOf(extensions: GraphQLFieldExtensions<unknown, unknown> | null | undefined): AccessRule | undefined {
  const rule = (extensions as Record<string, unknown> | null | undefined)?.[ACCESS_KEY];
  if (rule && typeof rule === 'object' && ('public' in rule || 'permission' in rule)) return rule as AccessRule;
  return undefined;
}

/** type-graphql's checker for `@Authorized(permission)`: the active role must grant every one named. */
export const authChecker: AuthChecker<RequestContext, Permission> = ({ context }, permissions) => {
  const principal = context.principal;
  if (!principal) throw new UnauthenticatedError();
  // A temporary password must be changed before anything else than the session itself.
  if (principal.kind === 'user' && principal.mustChangePassword && !permissions.every((p) => p === Permission.SIGNED_IN)) {
    throw new PasswordChangeRequiredError();
  }
  if (!permissions.every((permission) => principal.permissions.has(permission))) throw new ForbiddenError();
  return true;
};

/**
 * Deny by default: the root operations (Query, Mutation, Subscription fields) that declare neither
 * `@Public` nor `@RequirePermission`. The server refuses to start while this list is not empty,
 * and a test walks the built schema with it.
 */
export function undeclaredOperations(schema: GraphQLSchema): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return roots.flatMap((type) =>
    type
      ? Object.values(type.getFields())
          .filter((field) => !accessRuleOf(field.extensions))
          .map((field) => `${type.name}.${field.name}`)
      : [],
  );
}
