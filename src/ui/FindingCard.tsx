/** One finding: what we noticed, where, what to try, and the good practice that helps. Page text is text only. */
import { useState } from 'preact/hooks';
import { FindingContext } from './FindingContext';
import type { PanelFinding, RuleInfo } from '../extension/messages';
import { barrierTitle, enablersFor, SEVERITY_LABELS } from './catalog';

export interface FindingActions {
  reveal(key: string): void;
  replace(key: string, replacement: string): void;
  ignore(key: string): void;
  allow(word: string): void;
}

interface Props {
  finding: PanelFinding;
  rule: RuleInfo | undefined;
  canReplace: boolean;
  headingLevel: 3 | 4;
  showBarriers: boolean;
  actions: FindingActions;
  /**
   * The text is not in the tab (a file, pasted text, a Google Doc that draws its own text): no
   * "Show in page", and suggestions get a "Copy" button instead.
   */
  copyOnly?: boolean;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function FindingCard({ finding: f, rule, canReplace, headingLevel, showBarriers, actions, copyOnly = false }: Props) {
  const [why, setWhy] = useState(false);
  const [copied, setCopied] = useState('');
  const id = `f-${f.key.replace(/[^a-z0-9-]/gi, '-')}`;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const enablers = enablersFor(f.barriers, f.enablers);
  const ranged = f.blockId !== null && f.start !== null;
  const canShow = !copyOnly && (ranged || f.anchorBlockId !== null);
  const flagged = f.text?.trim() ?? '';
  const canAllow = !!flagged && flagged.split(/\s+/).length <= 4;

  return (
    <article class={`finding severity-${f.severity}`} aria-labelledby={`${id}-h`}>
      <Heading id={`${id}-h`} class="finding-message">
        <span class="severity-tag">{SEVERITY_LABELS[f.severity]}<span class="visually-hidden">:</span></span> {f.message}
      </Heading>
      <FindingContext context={f.context} />
      {f.suggestions.length > 0 && (
        <div class="suggestions">
          <p class="label">{canReplace ? 'Replace with:' : 'Try instead:'}</p>
          <ul class="suggestion-list">
            {f.suggestions.map((s) => (
              <li key={s}>
                {canReplace && ranged ? (
                  <button type="button" class="suggestion" onClick={() => actions.replace(f.key, s)} aria-label={`Replace “${flagged}” with “${s}”`}>
                    {s}
                  </button>
                ) : copyOnly ? (
                  <>
                    <span class="suggestion-text">{s}</span>
                    <button
                      type="button"
                      class="copy"
                      onClick={() => void copyText(s).then((ok) => setCopied(ok ? `Copied “${s}”. Paste it into your document.` : 'Your browser did not let us copy. Select the words and copy them yourself.'))}
                    >
                      Copy suggestion<span class="visually-hidden">: {s}</span>
                    </button>
                  </>
                ) : (
                  <span class="suggestion-text">{s}</span>
                )}
              </li>
            ))}
          </ul>
          {copyOnly && (
            <p class="copied" role="status" aria-live="polite">
              {copied}
            </p>
          )}
        </div>
      )}
      {f.example && (
        <p class="example">
          <span class="label">You could write: </span>
          {f.example}
        </p>
      )}
      {showBarriers && f.barriers.length > 0 && (
        <p class="barriers">
          <span class="label">Barrier{f.barriers.length > 1 ? 's' : ''}: </span>
          {f.barriers.map(barrierTitle).join('; ')}
        </p>
      )}
      {enablers.length > 0 && (
        <div class="enablers">
          <p class="label" id={`${id}-en`}>Good practice that helps</p>
          <ul aria-labelledby={`${id}-en`}>
            {enablers.map((e) => (
              <li key={e.id} data-enabler={e.id}>{e.title}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        {canShow && (
          <button type="button" onClick={() => actions.reveal(f.key)}>
            Show in page<span class="visually-hidden">: {flagged || f.message}</span>
          </button>
        )}
        <button type="button" onClick={() => actions.ignore(f.key)}>
          Ignore here<span class="visually-hidden">: {flagged || f.message}</span>
        </button>
        {canAllow && (
          <button type="button" onClick={() => actions.allow(flagged)}>
            Allow “{flagged}”
          </button>
        )}
        <button type="button" aria-expanded={why} aria-controls={`${id}-why`} onClick={() => setWhy(!why)}>
          Why?
        </button>
      </div>
      <div id={`${id}-why`} class="why" hidden={!why}>
        {rule ? (
          <>
            <p class="label">{rule.title}</p>
            <p>{rule.docs.description}</p>
            <p>{rule.docs.why}</p>
            <p>
              <span class="label">Instead of: </span>
              {rule.docs.bad}
            </p>
            <p>
              <span class="label">Try: </span>
              {rule.docs.good}
            </p>
            {rule.docs.sources && rule.docs.sources.length > 0 && (
              <>
                <p class="label">Where this advice comes from</p>
                <ul>
                  {rule.docs.sources.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        ) : (
          <p>More about this check is not available.</p>
        )}
      </div>
    </article>
  );
}
