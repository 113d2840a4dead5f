/**
 * Background upkeep for settings: move the first build's separate items into
 * Settings once, keep automatic-checking registrations in step with the
 * options page, and refresh shared word lists every few hours.
 *
 * The refresh is the only network request the extension makes: it goes to a
 * subscribed list's own https address, only while the user's permission for
 * that address stands, and sends no document text and no cookies.
 */
import { browser } from 'wxt/browser';
import { migrateLegacyItems } from '../../storage/legacy';
import { refreshSubscriptions, subscriptionPattern } from '../../storage/subscriptions';
import { fetchSharedList } from '../../wordlists/subscribe';
import { storageAreas, watchSettings } from './stored-settings';
import { syncAutoSites } from './sites';

export const REFRESH_ALARM = 'doing-with-refresh-shared-lists';
/** How often to look for lists that are due (each list is fetched at most every 12 hours). */
export const REFRESH_ALARM_MINUTES = 3 * 60;

export async function refreshDueLists(): Promise<void> {
  await refreshSubscriptions(storageAreas(), fetchSharedList, {
    allowed: async (url) => {
      const pattern = subscriptionPattern(url);
      return !!pattern && (await browser.permissions.contains({ origins: [pattern] }).catch(() => false));
    },
  }).catch(() => undefined);
}

export function startUpkeep(): void {
  void migrateLegacyItems(storageAreas()).catch(() => false);
  watchSettings(() => void syncAutoSites().catch(() => undefined));
  const alarms = (browser as unknown as { alarms?: typeof browser.alarms }).alarms;
  if (alarms) {
    void alarms.get(REFRESH_ALARM).then((a) => {
      if (!a) void alarms.create(REFRESH_ALARM, { delayInMinutes: 1, periodInMinutes: REFRESH_ALARM_MINUTES });
    });
    alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === REFRESH_ALARM) void refreshDueLists();
    });
  }
}
