/** Words shared by the formatters: profile names, catalog titles, places. */
import type { ProfileId, ProfileMatch } from '../engine';
import { getBarrier, getEnabler } from '../../rules/catalog';
import type { FileResult, LocatedFinding } from './model';

const PROFILE_NAMES: Record<ProfileId, string> = {
  consultation: 'consultation',
  'engagement-plan': 'engagement or project plan',
  'meeting-invitation': 'meeting invitation',
  report: 'report',
  general: 'general document',
};

export function profileName(id: ProfileId): string {
  return PROFILE_NAMES[id] ?? id;
}

/** “consultation (mentions a consultation; gives a closing date)”, one per profile. */
export function describeProfiles(profiles: ProfileMatch[]): string {
  return profiles
    .map((p) => {
      const why = p.source === 'config' ? 'chosen by you' : p.reasons.join('; ');
      return why ? `${profileName(p.id)} (${why})` : profileName(p.id);
    })
    .join(', ');
}

export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export function barrierTitle(id: string): string {
  return getBarrier(id)?.title ?? id;
}

export function enablerTitle(id: string): string {
  return getEnabler(id)?.title ?? id;
}

/** Enabler titles for a finding, in the rule's order, known ones only. */
export function enablerTitles(ids: readonly string[]): string[] {
  return ids.map((id) => getEnabler(id)?.title).filter((t): t is string => !!t);
}

/** “12:5”, or “whole document” for a document-level finding. */
export function place(f: LocatedFinding): string {
  return f.line === null || f.column === null ? 'whole document' : `${f.line}:${f.column}`;
}

export function placesNote(r: FileResult): string | null {
  return r.positions === 'block'
    ? 'Places are paragraph:character, counting each heading, list item and table cell as a paragraph.'
    : null;
}

/** ““stakeholders”” with curly quotes, shortened if long. */
export function quoted(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}”`;
}
