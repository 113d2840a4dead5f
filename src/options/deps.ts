/**
 * What the options page needs from the browser, passed in so the page can be
 * rendered in tests with fakes. main.tsx builds the real ones.
 */
import type { StorageAreas } from '../storage/store';
import type { FetchLike } from '../wordlists/subscribe';

export interface PermissionsLike {
  /** Must be called straight from a click: browsers ask only in answer to the user. */
  request(origins: string[]): Promise<boolean>;
  contains(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
}

export interface OptionsDeps {
  areas: StorageAreas;
  /** Call back when stored settings change elsewhere (side panel, background refresh). Returns an unsubscribe. */
  onStorageChanged(listener: () => void): () => void;
  permissions: PermissionsLike;
  fetch: FetchLike;
  /** Save a text file to the user's downloads. */
  download(fileName: string, text: string, type: string): void;
  now(): Date;
}
