/** One finding: what we noticed, where, what to try, and the good practice that helps. Page text is text only. */
import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import { FindingContext } from './FindingContext';
import type { PanelFinding, RuleInfo } from '../extension/messages';
import { barrierTitle, enablersFor, SEVERITY_LABELS } from './catalog';
import { splitSuggestions } from './advice';

/** A card lists this many enablers; "Show more" opens the rest. */
export const ENABLERS_SHOWN = 2;

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
   * "Show in page", and replacement words get a "Copy" button instead.
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

/**
 * Drawn again only when one of its props changes: a long page's list is drawn again as each part
 * of its findings arrives, and most cards on screen stay as they were.
 */
export const FindingCard = memo(function FindingCard({ finding: f, rule, canReplace, headingLevel, showBarriers, actions, copyOnly = false }: Props) {
  const [why, setWhy] = useState(false);
  const [copied, setCopied] = useState('');
  const [allEnablers, setAllEnablers] = useState(false);
  const { replacements, advice } = splitSuggestions(f);
  const id = `f-${f.key.replace(/[^a-z0-9-]/gi, '-')}`;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const enablers = enablersFor(f.barriers, f.enablers);
  const ranged = f.blockId !== null && f.start !== null;
  const canShow = !copyOnly && (ranged || f.anchorBlockId !== null);
  const flagged = f.text?.trim() ?? '';
  const canAllow = !!flagged && flagged.split(/\s+/).length <= 4;

  return (
    <article class={`finding severity-${f.severity}`} aria-labelledby={`${id}-h`} data-focus-id={`f:${f.key}`} tabIndex={-1}>
      <Heading id={`${id}-h`} class="finding-message">
        <span class="severity-tag">{SEVERITY_LABELS[f.severity]}<span class="visually-hidden">:</span></span> {f.message}
      </Heading>
      <FindingContext context={f.context} />
      {replacements.length > 0 && (
        <div class="suggestions">
          <p class="label">{canReplace && ranged ? 'Replace with:' : 'Try instead:'}</p>
          {canReplace && ranged ? (
            <ul class="suggestion-list">
              {replacements.map((s) => (
                <li key={s}>
                  <button type="button" class="suggestion" onClick={() => actions.replace(f.key, s)} aria-label={`Replace “${flagged}” with “${s}”`}>
                    {s}
                  </button>
                </li>
              ))}
            </ul>
          ) : copyOnly ? (
            <ul class="suggestion-list">
              {replacements.map((s) => (
                <li key={s}>
                  <span class="suggestion-text">{s}</span>
                  <button
                    type="button"
                    class="copy"
                    onClick={() => void copyText(s).then((ok) => setCopied(ok ? `Copied “${s}”. Paste it into your document.` : 'Your browser did not let us copy. Select the words and copy them yourself.'))}
                  >
                    Copy<span class="visually-hidden">: {s}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            // Words to use, not controls: plain text.
            <p class="try">{replacements.join(', ')}</p>
          )}
          {copyOnly && (
            <p class="copied" role="status" aria-live="polite">
              {copied}
            </p>
          )}
        </div>
      )}
      {advice.length > 0 && (
        <div class="advice">
          <p class="label">What to do:</p>
          {advice.map((a) => (
            <p key={a}>{a}</p>
          ))}
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
          <ul aria-labelledby={`${id}-en`} id={`${id}-en-list`}>
            {enablers.slice(0, allEnablers ? enablers.length : ENABLERS_SHOWN).map((e) => (
              <li key={e.id} data-enabler={e.id}>{e.title}</li>
            ))}
          </ul>
          {enablers.length > ENABLERS_SHOWN && (
            <button type="button" class="link" aria-expanded={allEnablers} aria-controls={`${id}-en-list`} onClick={() => setAllEnablers(!allEnablers)}>
              {allEnablers ? 'Show fewer' : `Show ${enablers.length - ENABLERS_SHOWN} more`}
              <span class="visually-hidden"> good practice for this finding</span>
            </button>
          )}
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
});
