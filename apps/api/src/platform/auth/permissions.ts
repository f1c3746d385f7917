/**
 * Every permission an operation can require: the names live in `@pishkhan/domain-rules`, shared
 * with the admin. Roles map to permissions in `role-permissions.ts`; operations name one
 * permission with `@RequirePermission`.
 */
export { ALL_PERMISSIONS, Permission } from '@pishkhan/domain-rules';
