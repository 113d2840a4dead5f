/**
 * Names of organisations, teams and job titles: "Beacon Homes Group",
 * "Strategic Director", "Head of Transformation", "Provider Services". A
 * jargon word inside a name is not the writer's to change, so the jargon rule
 * leaves it alone; the same word in running text is still flagged.
 */
import { wordClassSource } from './slot-pattern';

const LINKING = /^(?:of|and|for|the|&|in|on|to)$/i;

/** Last words of organisations', teams' and bodies' names, and of job titles. */
const NAME_HEADS = new Set([
  'group', 'board', 'trust', 'council', 'partnership', 'team', 'service', 'services', 'department', 'directorate',
  'committee', 'subcommittee', 'panel', 'forum', 'network', 'alliance', 'association', 'society', 'homes', 'housing',
  'authority', 'agency', 'commission', 'office', 'unit', 'centre', 'center', 'hospital', 'practice', 'surgery',
  'collaborative', 'foundation', 'charity', 'federation', 'consortium', 'company', 'ltd', 'limited', 'cic', 'plc',
  'institute', 'college', 'university', 'school', 'academy', 'cabinet', 'assembly', 'healthwatch', 'ombudsman',
  'commissioner', 'director', 'manager', 'lead', 'leader', 'officer', 'head', 'coordinator', 'co-ordinator',
  'adviser', 'advisor', 'chair', 'chairman', 'chairperson', 'chief', 'secretary', 'member', 'navigator',
  'practitioner', 'nurse', 'consultant', 'therapist', 'worker', 'champion', 'administrator', 'executive',
  'controller', 'analyst', 'owner', 'sponsor', 'trustees', 'governors', 'directors', 'managers', 'leads',
  'officers', 'commissioners', 'groups', 'boards', 'teams', 'panels', 'forums', 'networks', 'trusts', 'councils',
  'hub', 'hubs', 'project', 'scheme', 'fund', 'campaign',
]);
/** First words of job titles: "Head of Transformation", "Director of Commissioning". */
const ROLE_FIRST = new Set([
  'head', 'director', 'chief', 'deputy', 'assistant', 'associate', 'chair', 'lead', 'manager', 'officer', 'coordinator',
  'co-ordinator', 'commissioner', 'adviser', 'advisor', 'secretary', 'member',
]);

const CALENDAR = new RegExp(`^(?:${wordClassSource('MONTH')}|${wordClassSource('WEEKDAY')})$`, 'i');

export interface RunWord {
  word: string;
  start: number;
}

export function isLinking(word: string): boolean {
  return LINKING.test(word);
}

const RUN_WORD = /[\p{L}\p{N}&][\p{L}\p{N}’'&\-‐]*/gu;

/**
 * The capitalised words around [start, end) that form one name: words with
 * capitals joined by single spaces, and linking words between them ("Head of
 * Transformation"). Returns the words of the run, lower-case, possessives removed, with where each starts.
 */
export function capitalRun(text: string, start: number, end: number): RunWord[] {
  const from = Math.max(0, start - 80);
  const words: { start: number; end: number; w: string }[] = [];
  for (const m of text.slice(from, Math.min(text.length, end + 80)).matchAll(RUN_WORD))
    words.push({ start: from + m.index, end: from + m.index + m[0].length, w: m[0] });
  let first = words.findIndex((w) => w.end > start);
  let last = words.findLastIndex((w) => w.start < end);
  if (first < 0 || last < first) return [];
  const joined = (a: number, b: number) => /^[ \t]+$/.test(text.slice(words[a]!.end, words[b]!.start));
  const capital = (i: number) => /^[\p{Lu}\p{N}]/u.test(words[i]!.w);
  // "Strategy in February", "Plan on Monday": a date after a linking word starts no part of a name.
  const linkThenCapital = (link: number, cap: number) =>
    words[link] !== undefined && words[cap] !== undefined && LINKING.test(words[link]!.w) && capital(cap) && !CALENDAR.test(words[cap]!.w);
  for (;;) {
    if (first > 0 && capital(first - 1) && joined(first - 1, first)) first--;
    else if (first > 1 && linkThenCapital(first - 1, first - 2) && joined(first - 2, first - 1) && joined(first - 1, first))
      first -= 2;
    else break;
  }
  for (;;) {
    if (last + 1 < words.length && capital(last + 1) && joined(last, last + 1)) last++;
    else if (last + 2 < words.length && linkThenCapital(last + 1, last + 2) && joined(last, last + 1) && joined(last + 1, last + 2))
      last += 2;
    else break;
  }
  return words.slice(first, last + 1).map((w) => ({ word: w.w.toLowerCase().replace(/[’']s?$/, ''), start: w.start }));
}

/** Last words of the titles of plans and papers: "Health Inequalities Action Plan", "Annual Report". */
const TITLE_HEADS = new Set(['plan', 'strategy', 'programme', 'framework', 'policy', 'review', 'report', 'charter', 'scheme', 'statement', 'assessment', 'account', 'case']);

/** A run of capitalised words that ends like the title of a plan or paper. */
export function isTitleRun(run: readonly RunWord[]): boolean {
  return TITLE_HEADS.has(run.at(-1)?.word ?? '');
}

/** A run of two or more capitalised words whose first or last word says it names a body or a job. */
export function isNameRun(run: readonly RunWord[]): boolean {
  const capitals = run.filter((w) => !LINKING.test(w.word));
  if (capitals.length < 2) return false;
  if (NAME_HEADS.has(run.at(-1)!.word) || ROLE_FIRST.has(run[0]!.word)) return true;
  // A job title inside the run: "Strategic Lead for Transformation", "Assistant Director of Commissioning".
  return run.some((w, i) => ROLE_FIRST.has(w.word) && /^(?:of|for)$/.test(run[i + 1]?.word ?? ''));
}
