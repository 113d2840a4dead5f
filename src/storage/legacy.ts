/**
 * One-time move of the first extension build's separate items into Settings:
 * "allowList" (words the user allowed from the side panel) into allow, and
 * "autoSites" (sites checked automatically) into sites. Safe to run on every
 * start: it does nothing once the old keys are gone.
 */
import { migrateSettings } from './schema';
import { loadSettings, saveSettings, type StorageAreas } from './store';

const OLD_KEYS = ['allowList', 'autoSites'] as const;

export async function migrateLegacyItems(areas: StorageAreas): Promise<boolean> {
  let old: Record<string, unknown>;
  try {
    old = await areas.local.get([...OLD_KEYS]);
  } catch {
    return false;
  }
  if (!OLD_KEYS.some((k) => k in old)) return false;
  const { personal } = await loadSettings(areas);
  const words = Array.isArray(old.allowList) ? old.allowList.filter((w): w is string => typeof w === 'string' && !!w.trim()) : [];
  const allow = [...personal.allow];
  for (const w of words) if (!allow.some((x) => x.toLowerCase() === w.trim().toLowerCase())) allow.push(w.trim());
  // Reuse the schema's origin cleaning for the sites.
  const sites = migrateSettings({ version: 2, sites: [...personal.sites, ...(Array.isArray(old.autoSites) ? old.autoSites : [])] }).sites;
  await saveSettings(areas, { ...personal, allow, sites });
  // @wxt-dev/storage keeps an item's version under "<key>$".
  await areas.local.remove([...OLD_KEYS, ...OLD_KEYS.map((k) => `${k}$`)]);
  return true;
}
