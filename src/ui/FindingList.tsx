/**
 * Findings, most serious first (repeats of one rule folded into a group), by barrier, or in document
 * order; for a page, a Google Doc, a file or pasted text.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PanelFinding, RuleInfo } from '../extension/messages';
import { barrierTitle, SEVERITY_LABELS } from './catalog';
import { FindingCard, type FindingActions } from './FindingCard';
import { EmptyState } from './States';
import { primaryBarrier } from './Summary';
import { bySeriousness, seriousFirst } from './order';
import { focusAfterRemoval, nextFocusTargets } from './focus-next';
import type { Severity } from '../engine/types';

type Order = 'serious' | 'barrier' | 'position';

function blockOrder(f: PanelFinding): [number, number] {
  return [f.blockId === null ? Number.MAX_SAFE_INTEGER : 0, f.start ?? 0];
}

interface Props {
  findings: PanelFinding[];
  rules: Record<string, RuleInfo>;
  actions: FindingActions;
  canReplace: boolean;
  copyOnly?: boolean;
  ignoredCount: number;
  onUnignoreAll: () => void;
  /** "page" or "document": how the panel names what was checked. */
  noun?: string;
  /** Keeps ids unique when two lists could be on one page. */
  idPrefix?: string;
  /** A long page's check is still under way: these are the findings so far. */
  partial?: boolean;
}

/** "1 needs changing, 5 worth changing, 10 to think about". */
export function tally(findings: { severity: Severity }[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const f of findings) counts[f.severity]++;
  const parts: string[] = [];
  for (const s of ['error', 'warning', 'suggestion'] as const) {
    const n = counts[s];
    if (n) parts.push(`${n} ${SEVERITY_LABELS[s].toLowerCase()}`);
  }
  return parts.join(', ');
}

/** The list in the order asked for (only that order is worked out), and its tally. */
function arrange(findings: PanelFinding[], order: Order) {
  const groups = new Map<string, PanelFinding[]>();
  if (order === 'barrier') {
    for (const f of bySeriousness(findings)) {
      const b = primaryBarrier(f);
      const group = groups.get(b);
      if (group) group.push(f);
      else groups.set(b, [f]);
    }
  }
  const ordered =
    order === 'position'
      ? [...findings].sort((a, b) => {
          const [x1, y1] = blockOrder(a);
          const [x2, y2] = blockOrder(b);
          return x1 - x2 || y1 - y2;
        })
      : [];
  const serious = order === 'serious' ? seriousFirst(findings) : [];
  return { groups, ordered, serious, counts: tally(findings) };
}

function RuleGroup({ id, title, findings, children }: { id: string; title: string; findings: PanelFinding[]; children: (f: PanelFinding) => preact.ComponentChildren }) {
  const [open, setOpen] = useState(false);
  // A long document can have hundreds of one rule's findings: unfold some, and more on request.
  const [limit, setLimit] = useState(20);
  const severity = findings[0]!.severity;
  return (
    <section class={`rule-group severity-${severity}`} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>
        <button type="button" class="group-toggle" aria-expanded={open} aria-controls={`${id}-list`} data-focus-id={`g:${id}`} onClick={() => setOpen(!open)}>
          <span class="severity-tag">{SEVERITY_LABELS[severity]}<span class="visually-hidden">:</span></span> {title}: {findings.length} findings
        </button>
      </h3>
      {!open && <p class="group-first">{findings[0]!.message}</p>}
      <ul class="findings" id={`${id}-list`} hidden={!open}>
        {open && findings.slice(0, limit).map((f) => <li key={f.key}>{children(f)}</li>)}
      </ul>
      {open && findings.length > limit && (
        <button type="button" class="more" onClick={() => setLimit(limit + 50)}>
          Show {Math.min(50, findings.length - limit)} more ({findings.length - limit} not shown)
        </button>
      )}
    </section>
  );
}

export function FindingList({ findings, rules, actions, canReplace, copyOnly = false, ignoredCount, onUnignoreAll, noun = 'page', idPrefix = '', partial = false }: Props) {
  const [order, setOrder] = useState<Order>('serious');
  // Long documents can have thousands of findings: show some, and more on request.
  const [shown, setShown] = useState<Record<string, number>>({});
  const list = useRef<HTMLElement>(null);
  // After "Ignore here" or "Allow" the card goes: keyboard focus moves to what followed it.
  const focusNext = useRef<{ gone: string; targets: string[] } | null>(null);
  useLayoutEffect(() => {
    const next = focusNext.current;
    if (next && list.current && focusAfterRemoval(list.current, next.gone, next.targets)) focusNext.current = null;
  }, [findings]);
  const limitFor = (group: string) => shown[group] ?? (group === 'position' || group === 'serious' ? 50 : 10);
  const more = (group: string, total: number, what: string) =>
    total > limitFor(group) && (
      <button type="button" class="more" onClick={() => setShown({ ...shown, [group]: limitFor(group) + 50 })}>
        Show {Math.min(50, total - limitFor(group))} more {what} ({total - limitFor(group)} not shown)
      </button>
    );
  const arranged = useMemo(() => arrange(findings, order), [findings, order]);
  // The cards' actions stay the same object from one drawing to the next (they call the latest
  // ones given), so a card whose finding has not changed is not drawn again as more arrive.
  const latest = useRef({ actions, findings });
  latest.current = { actions, findings };
  const cardActions = useMemo<FindingActions>(() => {
    const remember = (key: string) => {
      if (list.current) focusNext.current = { gone: `f:${key}`, targets: nextFocusTargets(list.current, `f:${key}`) };
    };
    return {
      reveal: (key) => latest.current.actions.reveal(key),
      replace: (key, replacement) => latest.current.actions.replace(key, replacement),
      ignore: (key) => {
        remember(key);
        latest.current.actions.ignore(key);
      },
      allow: (word) => {
        const key = latest.current.findings.find((f) => f.text?.trim() === word)?.key;
        if (key) remember(key);
        latest.current.actions.allow(word);
      },
    };
  }, []);
  // While a long check goes on, "no barriers found" would be premature: the status line says how far it has got.
  if (!findings.length) return partial ? null : <EmptyState />;

  const card = (f: PanelFinding, headingLevel: 3 | 4, showBarriers: boolean) => (
    <FindingCard finding={f} rule={rules[f.ruleId]} canReplace={canReplace} headingLevel={headingLevel} showBarriers={showBarriers} actions={cardActions} copyOnly={copyOnly} />
  );

  // Only the order shown is worked out, and only when the list or the order changes: a long page
  // has thousands of findings, and while its check goes on the panel is drawn again and again.
  const { groups, ordered, serious, counts } = arranged;
  return (
    <section aria-labelledby={`${idPrefix}findings-h`} ref={list} class="finding-list">
      <div class="list-head">
        <h2 id={`${idPrefix}findings-h`} tabIndex={-1}>
          {partial ? 'What we found so far' : 'What we found'} ({findings.length})
        </h2>
        <div class="order">
          <label for={`${idPrefix}order`}>Show</label>
          <select id={`${idPrefix}order`} value={order} onChange={(e) => setOrder(e.currentTarget.value as Order)}>
            <option value="serious">Most serious first</option>
            <option value="barrier">By barrier</option>
            <option value="position">In {noun} order</option>
          </select>
        </div>
      </div>
      <p class="tally">{counts}.</p>
      {order === 'serious' && (
        <>
          <ul class="findings">
            {serious.slice(0, limitFor('serious')).map((e) =>
              e.kind === 'one' ? (
                <li key={e.finding.key}>{card(e.finding, 3, true)}</li>
              ) : (
                <li key={`g-${e.ruleId}`}>
                  <RuleGroup id={`${idPrefix}rg-${e.ruleId}`} title={rules[e.ruleId]?.title ?? e.ruleId} findings={e.findings}>
                    {(f) => card(f, 4, true)}
                  </RuleGroup>
                </li>
              ),
            )}
          </ul>
          {more('serious', serious.length, 'findings')}
        </>
      )}
      {order === 'barrier' &&
        [...groups].map(([barrier, list]) => (
          <section key={barrier} class="group" aria-labelledby={`${idPrefix}g-${barrier}`}>
            <h3 id={`${idPrefix}g-${barrier}`}>
              {barrierTitle(barrier)} <span class="count">({list.length})</span>
            </h3>
            <ul class="findings">
              {list.slice(0, limitFor(barrier)).map((f) => (
                <li key={f.key}>{card(f, 4, f.barriers.length > 1)}</li>
              ))}
            </ul>
            {more(barrier, list.length, 'for this barrier')}
          </section>
        ))}
      {order === 'position' && (
        <>
          <ul class="findings">
            {ordered.slice(0, limitFor('position')).map((f) => (
              <li key={f.key}>{card(f, 3, true)}</li>
            ))}
          </ul>
          {more('position', ordered.length, 'findings')}
        </>
      )}
      {ignoredCount > 0 && (
        <p>
          {ignoredCount} ignored on this {noun}.{' '}
          <button type="button" class="link" onClick={onUnignoreAll}>
            Show them again
          </button>
        </p>
      )}
    </section>
  );
}
