/** The side panel. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PanelFinding, PanelState, PanelToBackground, RuleInfo } from '../extension/messages';
import { barrierTitle } from './catalog';
import { FindingCard, type FindingActions } from './FindingCard';
import { primaryBarrier, ProfilePicker, Summary } from './Summary';
import { EmptyState, IdleState, ProblemState } from './States';
import { usePanel, useTabId } from './connection';

function statusText(state: PanelState | null): string {
  if (!state) return 'Connecting…';
  if (state.paused) return 'Checking is paused on this tab.';
  if (state.status === 'checking') return 'Checking…';
  if (state.status === 'problem') return 'This page could not be checked.';
  const r = state.report;
  if (!r) return 'Ready to check.';
  if (r.partial) return `Still reading this long page. ${r.findings.length} found so far.`;
  const n = r.findings.length;
  return n === 0 ? 'Checked. No barriers found in the text.' : `Checked. ${n} ${n === 1 ? 'thing' : 'things'} to look at.`;
}

function blockOrder(f: PanelFinding): [number, number] {
  return [f.blockId === null ? Number.MAX_SAFE_INTEGER : 0, f.start ?? 0];
}

function Findings({ state, rules, send }: { state: PanelState; rules: Record<string, RuleInfo>; send: (m: PanelToBackground) => void }) {
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
  const report = state.report!;
  const tabId = state.tabId;
  const source = state.sources.find((s) => s.id === state.activeSourceId);
  const canReplace = source?.kind === 'field';
  const actions: FindingActions = {
    reveal: (key) => send({ type: 'reveal', tabId, key }),
    replace: (key, replacement) => send({ type: 'replace', tabId, key, replacement }),
    ignore: (key) => send({ type: 'ignore', tabId, key }),
    allow: (word) => send({ type: 'allow', tabId, word }),
  };
  if (!report.findings.length) return <EmptyState />;

  const groups = new Map<string, PanelFinding[]>();
  for (const f of report.findings) {
    const b = primaryBarrier(f);
    groups.set(b, [...(groups.get(b) ?? []), f]);
  }
  const ordered = [...report.findings].sort((a, b) => {
    const [x1, y1] = blockOrder(a);
    const [x2, y2] = blockOrder(b);
    return x1 - x2 || y1 - y2;
  });

  return (
    <section aria-labelledby="findings-h">
      <h2 id="findings-h">What we found ({report.findings.length})</h2>
      <fieldset class="toggle">
        <legend>Show findings</legend>
        <div class="radio">
          <input type="radio" id="by-barrier" name="order" checked={byBarrier} onChange={() => setByBarrier(true)} />
          <label for="by-barrier">By barrier</label>
        </div>
        <div class="radio">
          <input type="radio" id="by-position" name="order" checked={!byBarrier} onChange={() => setByBarrier(false)} />
          <label for="by-position">In page order</label>
        </div>
      </fieldset>
      {byBarrier ? (
        [...groups].map(([barrier, list]) => (
          <section key={barrier} class="group" aria-labelledby={`g-${barrier}`}>
            <h3 id={`g-${barrier}`}>
              {barrierTitle(barrier)} <span class="count">({list.length})</span>
            </h3>
            <ul class="findings">
              {list.slice(0, limitFor(barrier)).map((f) => (
                <li key={f.key}>
                  <FindingCard finding={f} rule={rules[f.ruleId]} canReplace={canReplace} headingLevel={4} showBarriers={f.barriers.length > 1} actions={actions} />
                </li>
              ))}
            </ul>
            {more(barrier, list.length, 'for this barrier')}
          </section>
        ))
      ) : (
        <ul class="findings">
          {ordered.slice(0, limitFor('position')).map((f) => (
            <li key={f.key}>
              <FindingCard finding={f} rule={rules[f.ruleId]} canReplace={canReplace} headingLevel={3} showBarriers actions={actions} />
            </li>
          ))}
        </ul>
      )}
      {!byBarrier && more('position', ordered.length, 'findings')}
      {report.ignoredCount > 0 && (
        <p>
          {report.ignoredCount} ignored on this page.{' '}
          <button type="button" class="link" onClick={() => send({ type: 'unignore-all', tabId })}>
            Show them again
          </button>
        </p>
      )}
    </section>
  );
}

function SiteControls({ state, send }: { state: PanelState; send: (m: PanelToBackground) => void }) {
  const [note, setNote] = useState('');
  const origin = state.siteOrigin;
  const toggleSite = (on: boolean) => {
    if (!origin) return;
    if (!on) return send({ type: 'site', tabId: state.tabId, on: false });
    // Ask straight away, inside the click: the browser shows its own permission prompt.
    const pattern = `${origin.replace(/:\d+$/, '')}/*`;
    browser.permissions.request({ origins: [pattern] }).then(
      (granted) => {
        if (granted) send({ type: 'site', tabId: state.tabId, on: true });
        else setNote('Automatic checking stays off because the browser did not give permission for this site.');
      },
      () => setNote('Automatic checking could not be turned on for this site.'),
    );
  };
  return (
    <section aria-labelledby="site-h" class="site">
      <h2 id="site-h">This site</h2>
      {origin && (
        <div class="checkbox">
          <input type="checkbox" id="site-auto" checked={state.siteOn} onChange={(e) => toggleSite(e.currentTarget.checked)} />
          <label for="site-auto">
            Check pages on {new URL(origin).host} automatically
            <span class="hint"> Doing With will ask your browser for permission to read this site.</span>
          </label>
        </div>
      )}
      <div class="checkbox">
        <input type="checkbox" id="tab-pause" checked={state.paused} onChange={(e) => send({ type: 'pause', tabId: state.tabId, paused: e.currentTarget.checked })} />
        <label for="tab-pause">Pause checking on this tab</label>
      </div>
      {note && <p role="alert">{note}</p>}
    </section>
  );
}

export function App() {
  const tabId = useTabId();
  const { state, rules, send } = usePanel(tabId);
  const status = statusText(state);
  useEffect(() => {
    document.title = state?.title ? `Doing With – ${state.title}` : 'Doing With';
  }, [state?.title]);

  const check = () => tabId !== null && send({ type: 'check', tabId });
  const report = state?.report;
  return (
    <>
      <header class="top">
        <h1>Doing With</h1>
        <p role="status" aria-live="polite" class="status">
          {status}
        </p>
      </header>
      <main>
        {state?.replaceMessage && <p role="alert" class="alert">{state.replaceMessage}</p>}
        {state?.status === 'problem' && state.problem ? (
          <ProblemState problem={state.problem} onRetry={check} />
        ) : !report ? (
          state && state.status !== 'checking' && <IdleState onCheck={check} />
        ) : (
          <>
            <section aria-labelledby="doc-h" class="doc">
              <h2 id="doc-h">{state.sources.find((s) => s.id === state.activeSourceId)?.label ?? state.title}</h2>
              {state.sources.length > 1 && (
                <div class="field">
                  <label for="source">What to show</label>
                  <select id="source" value={state.activeSourceId ?? ''} onChange={(e) => send({ type: 'select-source', tabId: state.tabId, sourceId: e.currentTarget.value })}>
                    {state.sources.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.kind === 'page' ? `This page: ${s.label}` : s.kind === 'selection' ? s.label : `Box: ${s.label}`}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <button type="button" onClick={check}>
                Check the page again
              </button>
              <ProfilePicker report={report} chosen={state.chosenProfiles} onChange={(profiles) => send({ type: 'set-profiles', tabId: state.tabId, profiles })} />
            </section>
            <Summary report={report} />
            <Findings state={state} rules={rules} send={send} />
          </>
        )}
        {state && state.problem?.kind !== 'browser-page' && <SiteControls state={state} send={send} />}
      </main>
    </>
  );
}
