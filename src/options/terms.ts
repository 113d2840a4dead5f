/**
 * Pure helpers for the options page: searching and paging a long word list,
 * and checking what someone typed before it is saved. Messages are plain
 * and say what to do.
 */
import type { Severity, Term } from '../engine';

export const PAGE_SIZE = 25;

const fold = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Indices of the terms that match a search (term, alternatives or note), in list order. */
export function searchTerms(terms: readonly Term[], query: string): number[] {
  const q = fold(query);
  const out: number[] = [];
  terms.forEach((t, i) => {
    if (!q) return out.push(i);
    const hay = fold([t.term, ...t.alternatives, t.note ?? ''].join(' \u0000 '));
    if (q.split(' ').every((w) => hay.includes(w))) out.push(i);
  });
  return out;
}

export interface PageView<T> {
  items: T[];
  /** 0-based page actually shown (clamped). */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last item shown; 0 when empty. */
  from: number;
  to: number;
  total: number;
}

export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): PageView<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, Math.floor(page) || 0), pageCount - 1);
  const slice = items.slice(p * size, p * size + size);
  return {
    items: slice,
    page: p,
    pageCount,
    from: slice.length ? p * size + 1 : 0,
    to: p * size + slice.length,
    total: items.length,
  };
}

/** "local NHS; partners" or one per line → ["local NHS", "partners"]. */
export function parseAlternatives(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[;\n]/)) {
    const t = part.trim().replace(/\s+/g, ' ');
    if (t && !out.some((x) => x.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out;
}

export interface TermForm {
  term: string;
  alternatives: string;
  note: string;
  severity: Severity | '';
}

export type TermErrors = Partial<Record<keyof TermForm, string>>;

export const emptyTermForm = (): TermForm => ({ term: '', alternatives: '', note: '', severity: '' });

export function formFromTerm(t: Term): TermForm {
  return { term: t.term, alternatives: t.alternatives.join('; '), note: t.note ?? '', severity: t.severity ?? '' };
}

const sameWord = (a: string, b: string) => fold(a) === fold(b);

/**
 * Check a term form. `editing` is the index of the term being edited (so it
 * does not clash with itself), or null for a new term.
 */
export function validateTermForm(form: TermForm, terms: readonly Term[], editing: number | null): { term: Term | null; errors: TermErrors } {
  const errors: TermErrors = {};
  const word = form.term.trim().replace(/\s+/g, ' ');
  if (!word) errors.term = 'Enter the word or phrase to look for.';
  else if (word.length > 100) errors.term = 'Keep the word or phrase under 100 characters.';
  else if (/[;|]/.test(word)) errors.term = 'Enter one word or phrase. Put other words in “Plainer words”.';
  else {
    const clash = terms.findIndex((t, i) => i !== editing && sameWord(t.term, word));
    if (clash >= 0) errors.term = `“${terms[clash]!.term}” is already in this list. Search for it to change it.`;
  }
  const alternatives = parseAlternatives(form.alternatives);
  if (alternatives.some((a) => sameWord(a, word))) errors.alternatives = 'A plainer word cannot be the same as the word itself.';
  const note = form.note.trim();
  if (note.length > 500) errors.note = 'Keep the note under 500 characters.';
  if (Object.keys(errors).length) return { term: null, errors };
  const term: Term = { term: word, alternatives };
  if (note) term.note = note;
  if (form.severity) term.severity = form.severity;
  return { term, errors };
}

/** A word for the allow list or the acronyms list. Returns the cleaned word or a message. */
export function validateWord(text: string, existing: readonly string[], kind: 'allow' | 'acronym'): { word: string } | { error: string } {
  const word = text.trim().replace(/\s+/g, ' ');
  if (!word) return { error: kind === 'acronym' ? 'Enter the acronym, for example NHP.' : 'Enter a word or phrase.' };
  if (word.length > 100) return { error: 'Keep it under 100 characters.' };
  if (kind === 'acronym' && !/^[\p{L}\p{N}&.-]{2,12}$/u.test(word)) {
    return { error: 'An acronym is one short word, such as ICB or PALS, with no spaces.' };
  }
  const found = existing.find((x) => (kind === 'acronym' ? x === word : sameWord(x, word)));
  if (found) return { error: `“${found}” is already on the list.` };
  return { word };
}

/** What someone typed as a site, as an origin ("https://intranet.example.nhs.uk"), or a message. */
export function parseSiteInput(text: string): { origin: string } | { error: string } {
  const raw = text.trim();
  if (!raw) return { error: 'Enter the address of the site, for example https://intranet.example.nhs.uk' };
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return { error: 'That is not a web address. Try copying it from the browser’s address bar.' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { error: 'Only web sites (addresses starting https:// or http://) can be checked.' };
  if (!u.hostname.includes('.') && u.hostname !== 'localhost' && !/^[\d.]+$/.test(u.hostname)) {
    return { error: 'That address looks incomplete. Include the whole site name, such as intranet.example.nhs.uk' };
  }
  return { origin: u.origin };
}

/** A list id not used yet, from its name. */
export function newListId(name: string, taken: readonly string[]): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'list';
  let id = base;
  for (let n = 2; taken.includes(id) || id.startsWith('org:'); n++) id = `${base}-${n}`;
  return id;
}

/** "3 hours ago", "yesterday", "on 4 March 2025" for a last-updated time. */
export function whenInWords(iso: string | undefined, now: Date): string {
  if (!iso) return 'never';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return 'at an unknown time';
  const mins = Math.round((now.getTime() - t) / 60000);
  if (mins < 1) return 'just now';
  if (mins < 60) return `${mins} minute${mins === 1 ? '' : 's'} ago`;
  const hours = Math.round(mins / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.round(hours / 24);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  return `on ${new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`;
}
