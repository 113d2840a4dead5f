/** Findings grouped by barrier (or in document order), for a page, a Google Doc, a file or pasted text. */
import { useState } from 'preact/hooks';
import type { PanelFinding, RuleInfo } from '../extension/messages';
import { barrierTitle } from './catalog';
import { FindingCard, type FindingActions } from './FindingCard';
import { EmptyState } from './States';
import { primaryBarrier } from './Summary';

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
  /** Keeps radio ids unique when two lists could be on one page. */
  idPrefix?: string;
}

export function FindingList({ findings, rules, actions, canReplace, copyOnly = false, ignoredCount, onUnignoreAll, noun = 'page', idPrefix = '' }: Props) {
  const [byBarrier, setByBarrier] = useState(true);
  // Long documents can have thousands of findings: show some, and more on request.
  const [shown, setShown] = useState<Record<string, number>>({});
  const limitFor = (group: string) => shown[group] ?? (group === 'position' ? 50 : 10);
  const more = (group: string, total: number, what: string) =>
    total > limitFor(group) && (
      <button type="button" class="more" onClick={() => setShown({ ...shown, [group]: limitFor(group) + 50 })}>
        Show {Math.min(50, total - limitFor(group))} more {what} ({total - limitFor(group)} not shown)
      </button>
    );
  if (!findings.length) return <EmptyState />;

  const groups = new Map<string, PanelFinding[]>();
  for (const f of findings) {
    const b = primaryBarrier(f);
    groups.set(b, [...(groups.get(b) ?? []), f]);
  }
  const ordered = [...findings].sort((a, b) => {
    const [x1, y1] = blockOrder(a);
    const [x2, y2] = blockOrder(b);
    return x1 - x2 || y1 - y2;
  });
  const card = (f: PanelFinding, headingLevel: 3 | 4, showBarriers: boolean) => (
    <FindingCard finding={f} rule={rules[f.ruleId]} canReplace={canReplace} headingLevel={headingLevel} showBarriers={showBarriers} actions={actions} copyOnly={copyOnly} />
  );

  return (
    <section aria-labelledby={`${idPrefix}findings-h`}>
      <h2 id={`${idPrefix}findings-h`}>What we found ({findings.length})</h2>
      <fieldset class="toggle">
        <legend>Show findings</legend>
        <div class="radio">
          <input type="radio" id={`${idPrefix}by-barrier`} name={`${idPrefix}order`} checked={byBarrier} onChange={() => setByBarrier(true)} />
          <label for={`${idPrefix}by-barrier`}>By barrier</label>
        </div>
        <div class="radio">
          <input type="radio" id={`${idPrefix}by-position`} name={`${idPrefix}order`} checked={!byBarrier} onChange={() => setByBarrier(false)} />
          <label for={`${idPrefix}by-position`}>In {noun} order</label>
        </div>
      </fieldset>
      {byBarrier ? (
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
        ))
      ) : (
        <ul class="findings">
          {ordered.slice(0, limitFor('position')).map((f) => (
            <li key={f.key}>{card(f, 3, true)}</li>
          ))}
        </ul>
      )}
      {!byBarrier && more('position', ordered.length, 'findings')}
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
