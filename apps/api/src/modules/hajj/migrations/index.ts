import { HajjRoles1764400000000 } from './1764400000000-hajj-roles';
import { Hajj1764400001000 } from './1764400001000-hajj';
import { HajjSeatLocks1764520000000 } from './1764520000000-hajj-seat-locks';

/** The Hajj context's migrations, oldest first. */
export const HAJJ_MIGRATIONS: Function[] = [HajjRoles1764400000000, Hajj1764400001000, HajjSeatLocks1764520000000];
