/**
 * Messages between the page's offline code (browser/offline.ts) and the service
 * worker (lib/offline/serviceWorker.ts). `keep` and `status` carry a MessagePort on
 * which the worker answers with an OfflineStatus (or `{ error }`).
 */
export type OfflineMessage =
  | { type: 'skip-waiting' }
  /** Cache these groups ('en', 'zh', 'extra', …), or every group. */
  | { type: 'keep'; groups: string[] | 'all' }
  | { type: 'status' };

export interface OfflineStatus {
  /** Groups cached in full. */
  kept: string[];
  /** True once every group is cached. */
  everything: boolean;
  /** Size of every group together, computed at build time, in bytes. */
  everythingBytes: number;
}
