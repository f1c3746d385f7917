import type { UserPrincipal } from '../auth/principal';
import type { FileDescription } from './file.service';

/**
 * Decides whether a signed-in person may download a file of the purpose it is registered for.
 * It is asked for every download; it should answer from the module's own rows (e.g. "may this
 * principal see the indicator whose entry holds this file?").
 */
export type FileAccessHook = (principal: UserPrincipal, file: FileDescription) => Promise<boolean>;

/**
 * Who may download which file. The module that owns a purpose registers one hook for it at
 * composition time (`files.access.register('EVIDENCE', hook)`); the files routes ask `mayDownload`.
 *
 * - The uploader may always download a file he uploaded that nothing has attached yet (to check it
 *   before saving the form that will attach it).
 * - Otherwise the purpose's hook decides; with no hook registered, only the uploader may.
 */
export class FileAccessPolicy {
  private readonly hooks = new Map<string, FileAccessHook>();

  register(purpose: string, hook: FileAccessHook): void {
    if (this.hooks.has(purpose)) throw new Error(`A file access hook for ${purpose} is registered already`);
    this.hooks.set(purpose, hook);
  }

  /** Whether a hook is registered for the purpose. */
  has(purpose: string): boolean {
    return this.hooks.has(purpose);
  }

  async mayDownload(principal: UserPrincipal, file: FileDescription): Promise<boolean> {
    const ownFile = file.uploadedBy === principal.id;
    if (ownFile && !file.attached) return true;
    const hook = this.hooks.get(file.purpose);
    return hook ? (await hook(principal, file)) === true : ownFile;
  }
}
