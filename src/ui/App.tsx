/** The side panel. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PanelState, PanelToBackground, RuleInfo } from '../extension/messages';
import type { FindingActions } from './FindingCard';
import { FindingList } from './FindingList';
import { ProfilePicker, Summary } from './Summary';
import { IdleState, ProblemState } from './States';
import { usePanel, useTabId } from './connection';
import { useGoogleDoc } from './sources/google-docs';
import { FileCheck } from './sources/FileCheck';
import { ViewSwitch, type PanelView } from './ViewSwitch';
import { ReviewPanel } from './review/ReviewPanel';
import { tabReviewDoc } from './review/tab-doc';
import { CheckProgressBar, useCalmText } from './progress';
import { shownSiteOn, type SiteChoice } from './site-choice';

function statusText(state: PanelState | null): string {
  if (!state) return 'Connecting…';
  if (state.paused) return 'Checking is paused on this tab.';
  if (state.status === 'checking') return 'Checking…';
  // Before the first press the panel's own look at the tab needs the button: an invitation, not an error.
  if (state.status === 'problem' && state.problem?.kind === 'needs-click') return 'Ready to check this page.';
  if (state.status === 'problem') return 'This page could not be checked.';
  const r = state.report;
  if (!r) return 'Ready to check.';
  if (r.partial) return progressText(r);
  const n = r.findings.length;
  return n === 0 ? 'Checked. No barriers found in the text.' : `Checked. ${n} ${n === 1 ? 'thing' : 'things'} to look at.`;
}

/** One formatter for every count: toLocaleString makes a new one at each call, which costs (a long check's status is drawn often). */
const NUMBERS = new Intl.NumberFormat('en-GB');
export const count = (n: number) => NUMBERS.format(n);

/** What a long page's check has done so far, in words. */
export function progressText(r: NonNullable<PanelState['report']>): string {
  const found = `${count(r.findings.length)} found so far.`;
  const p = r.progress;
  if (!p) return `Still reading this long page. ${found}`;
  if (p.phase === 'document') return `Checking the page as a whole… ${found}`;
  if (p.phase === 'reading') return `Checking… ${count(p.done)} of ${count(p.total)} paragraphs read. ${found}`;
  if (p.reading) return `Checking… ${count(p.done)} of the ${count(p.total)} paragraphs read so far. ${found}`;
  return `Checking… ${count(p.done)} of ${count(p.total)} paragraphs. ${found}`;
}

function Findings({ state, rules, send }: { state: PanelState; rules: Record<string, RuleInfo>; send: (m: PanelToBackground) => void }) {
  const report = state.report!;
  const tabId = state.tabId;
  const source = state.sources.find((s) => s.id === state.activeSourceId);
  const actions: FindingActions = {
    reveal: (key) => send({ type: 'reveal', tabId, key }),
    replace: (key, replacement) => send({ type: 'replace', tabId, key, replacement }),
    ignore: (key) => send({ type: 'ignore', tabId, key }),
    allow: (word) => send({ type: 'allow', tabId, word }),
  };
  return (
    <FindingList
      findings={report.findings}
      rules={rules}
      actions={actions}
      canReplace={source?.kind === 'field'}
      copyOnly={!!state.googleDoc}
      noun={state.googleDoc ? 'document' : 'page'}
      ignoredCount={report.ignoredCount}
      partial={report.partial}
      onUnignoreAll={() => send({ type: 'unignore-all', tabId })}
    />
  );
}

function SiteControls({ state, send }: { state: PanelState; send: (m: PanelToBackground) => void }) {
  const [note, setNote] = useState('');
  const [choice, setChoice] = useState<SiteChoice | null>(null);
  const origin = state.siteOrigin;
  const toggleSite = (on: boolean) => {
    if (!origin) return;
    setNote('');
    setChoice({ on, tabId: state.tabId, answersBefore: state.siteAnswers });
    if (!on) return send({ type: 'site', tabId: state.tabId, on: false });
    // Ask straight away, inside the click: the browser shows its own permission prompt.
    const pattern = `${origin.replace(/:\d+$/, '')}/*`;
    browser.permissions.request({ origins: [pattern] }).then(
      (granted) => {
        if (granted) send({ type: 'site', tabId: state.tabId, on: true });
        else {
          setChoice(null);
          setNote('Automatic checking stays off because the browser did not give permission for this site.');
        }
      },
      () => {
        setChoice(null);
        setNote('Automatic checking could not be turned on for this site.');
      },
    );
  };
  return (
    <section aria-labelledby="site-h" class="site">
      <h2 id="site-h">This site</h2>
      {origin && state.problem?.kind !== 'google-doc-refused' && (
        <div class="checkbox">
          <input type="checkbox" id="site-auto" checked={shownSiteOn(choice, state)} onChange={(e) => toggleSite(e.currentTarget.checked)} />
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
      {(note || state.siteMessage) && <p role="alert">{note || state.siteMessage}</p>}
    </section>
  );
}

export function App() {
  const tabId = useTabId();
  const { state, rules, send, listen } = usePanel(tabId);
  useGoogleDoc(state, send);
  const [view, setView] = useState<PanelView>('tab');
  const [reviewing, setReviewing] = useState(false);
  const [instead, setInstead] = useState<'paste' | 'upload' | null>(null);
  const [fileStatus, setFileStatus] = useState('');
  // A screen reader hears a long check's progress now and then, not at every step; the end at once.
  const status = useCalmText(view === 'file' ? fileStatus : statusText(state), view !== 'file' && !!state?.report?.partial);
  useEffect(() => {
    document.title = state?.title ? `Doing With – ${state.title}` : 'Doing With';
  }, [state?.title]);

  const check = () => tabId !== null && send({ type: 'check', tabId });
  const report = state?.report;
  return (
    <>
      <header class="top">
        <div class="top-row">
          <h1>Doing With</h1>
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            Settings and word lists
          </button>
        </div>
        <p role="status" aria-live="polite" class="status">
          {status}
        </p>
        {view === 'tab' && report?.progress && <CheckProgressBar progress={report.progress} />}
      </header>
      <ViewSwitch view={view} reviewing={reviewing} onView={setView} onReviewing={setReviewing}>
        {view === 'tab' && report && state && (
          <ProfilePicker report={report} chosen={state.chosenProfiles} onChange={(profiles) => send({ type: 'set-profiles', tabId: state.tabId, profiles })} />
        )}
      </ViewSwitch>
      <main>
        {view === 'file' ? (
          <FileCheck tabId={tabId} rules={rules} send={send} listen={listen} reviewing={reviewing} focus={instead} onStatus={setFileStatus} />
        ) : (
        <>
        {state?.replaceMessage && <p role="alert" class="alert">{state.replaceMessage}</p>}
        {state?.status === 'problem' && state.problem ? (
          <ProblemState
            problem={state.problem}
            onRetry={check}
            onInstead={(way) => {
              setInstead(way);
              setView('file');
            }}
          />
        ) : !report ? (
          state && state.status !== 'checking' && <IdleState onCheck={check} />
        ) : (
          <>
            <section aria-labelledby="doc-h" class="doc">
              <div class="doc-row">
                <h2 id="doc-h">{state.sources.find((s) => s.id === state.activeSourceId)?.label ?? state.title}</h2>
                <button type="button" onClick={check}>
                  {state.googleDoc ? 'Check again' : 'Check the page again'}
                </button>
              </div>
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
            </section>
            {reviewing ? (
              <ReviewPanel doc={tabReviewDoc(state)} />
            ) : (
              <>
                <Findings state={state} rules={rules} send={send} />
                {state.googleDoc && (
                  <p class="note">
                    Google Docs draws its text itself, so Doing With lists what it finds here instead of underlining it in the document. The check runs again a
                    few seconds after you stop typing.
                  </p>
                )}
                <Summary report={report} />
              </>
            )}
          </>
        )}
        {state && state.problem?.kind !== 'browser-page' && <SiteControls state={state} send={send} />}
        </>
        )}
      </main>
    </>
  );
}
