/** Catalog wording for the side panel: barriers and enablers come from rules/catalog only. */
import { enablersForBarriers, getBarrier, getEnabler, REVIEW_QUESTIONS, type Enabler, type ReviewQuestion } from '../../rules/catalog';
import type { ProfileId, Severity } from '../engine/types';

export function sentenceCase(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export function barrierTitle(id: string): string {
  const b = getBarrier(id);
  return b ? sentenceCase(b.title) : 'Other things to look at';
}

/** The rule's own enablers first, then the others the catalog links to its barriers. */
export function enablersFor(barriers: readonly string[], ruleEnablers: readonly string[]): Enabler[] {
  const out: Enabler[] = [];
  const seen = new Set<string>();
  for (const id of ruleEnablers) {
    const e = getEnabler(id);
    if (e && !seen.has(e.id)) {
      seen.add(e.id);
      out.push(e);
    }
  }
  for (const e of enablersForBarriers(barriers)) {
    if (!seen.has(e.id)) {
      seen.add(e.id);
      out.push(e);
    }
  }
  return out;
}

export function reviewQuestions(count: number): ReviewQuestion[] {
  return REVIEW_QUESTIONS.slice(0, count);
}

export const PROFILE_LABELS: Record<ProfileId, string> = {
  consultation: 'Consultation document',
  'engagement-plan': 'Engagement or project plan',
  'meeting-invitation': 'Meeting invitation',
  report: 'Report',
  general: 'General writing',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Needs changing',
  warning: 'Worth changing',
  suggestion: 'To think about',
};
