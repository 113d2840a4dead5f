/** The summary: what kind of document, how many findings per barrier, words and reading age. */
import { useMemo } from 'preact/hooks';
import type { PanelState } from '../extension/messages';
import { PROFILE_IDS, type ProfileId } from '../engine/types';
import { barrierTitle, PROFILE_LABELS } from './catalog';

type Report = NonNullable<PanelState['report']>;
const WORDS = new Intl.NumberFormat('en-GB');

export function primaryBarrier(f: { barriers: string[] }): string {
  return f.barriers[0] ?? 'other';
}

/** Findings per barrier, most first. */
function barrierCounts(findings: Report['findings']): [string, number][] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const b = primaryBarrier(f);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export function Summary({ report }: { report: Report }) {
  // Counted again only when the list changes, not each time the status line does.
  const rows = useMemo(() => barrierCounts(report.findings), [report.findings]);
  return (
    <section aria-labelledby="summary-h" class="summary">
      <h2 id="summary-h">Summary</h2>
      <dl class="stats">
        <div>
          <dt>Words</dt>
          <dd>{WORDS.format(report.stats.words)}</dd>
        </div>
        <div>
          <dt>Reading age</dt>
          {/* One decimal, as the reading-age finding compares it: 9.1 is over an aim of 9. */}
          <dd>{report.stats.words ? `${report.stats.readingAge.toFixed(1)} years` : '–'}</dd>
        </div>
        <div>
          <dt>Average sentence</dt>
          <dd>{report.stats.sentences ? `${Math.round(report.stats.averageSentenceLength)} words` : '–'}</dd>
        </div>
      </dl>
      {rows.length > 0 && (
        <table class="barrier-counts">
          <caption>Findings for each barrier</caption>
          <thead>
            <tr>
              <th scope="col">Barrier</th>
              <th scope="col">Findings</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, n]) => (
              <tr key={id}>
                <th scope="row">{barrierTitle(id)}</th>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ProfilePicker({ report, chosen, onChange }: { report: Report; chosen: ProfileId[] | null; onChange(p: ProfileId[] | null): void }) {
  const active = new Set(report.profiles.map((p) => p.id));
  const toggle = (id: ProfileId, on: boolean) => {
    const next = PROFILE_IDS.filter((p) => (p === id ? on : active.has(p)));
    // Unticking the last one means "none of these": general writing.
    onChange(next.length ? next : ['general']);
  };
  return (
    <fieldset class="profiles">
      <legend>What kind of document is this?</legend>
      <p class="hint">
        {chosen ? 'You chose this. ' : 'Doing With guessed this from the text. '}
        Some checks only apply to some kinds of document. Change it if it is wrong.
      </p>
      {PROFILE_IDS.map((id) => {
        const match = report.profiles.find((p) => p.id === id);
        return (
          <div class="checkbox" key={id}>
            <input type="checkbox" id={`profile-${id}`} checked={active.has(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} />
            <label for={`profile-${id}`}>
              {PROFILE_LABELS[id]}
              {match && match.source === 'detected' && match.reasons.length > 0 && (
                <span class="reason"> ({match.reasons.slice(0, 2).join('; ')})</span>
              )}
            </label>
          </div>
        );
      })}
      {chosen && (
        <button type="button" onClick={() => onChange(null)}>
          Let Doing With decide
        </button>
      )}
    </fieldset>
  );
}
