/** What an import would change, with "Apply" and "Cancel". Nothing changes until Apply. */
import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Term } from '../engine';
import type { ImportPreview as Preview } from '../wordlists/preview';

const SHOW = 30;

function Terms({ title, terms }: { title: string; terms: string[] }) {
  if (!terms.length) return null;
  return (
    <details>
      <summary>
        {title} ({terms.length})
      </summary>
      <ul>
        {terms.slice(0, SHOW).map((t) => (
          <li key={t}>{t}</li>
        ))}
        {terms.length > SHOW && <li>and {terms.length - SHOW} more</li>}
      </ul>
    </details>
  );
}

const describeTerm = (t: Term) => (t.alternatives.length ? `${t.term} → ${t.alternatives.join('; ')}` : t.term);

export function PreviewBox(props: { id: string; title: string; children: ComponentChildren; onApply(): void; onCancel(): void; applyLabel: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="preview" role="group" aria-labelledby={`${props.id}-h`}>
      <h3 id={`${props.id}-h`} tabIndex={-1} ref={heading}>
        {props.title}
      </h3>
      {props.children}
      <div class="row">
        <button type="button" class="primary" onClick={props.onApply}>
          {props.applyLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function TermsPreview({ preview }: { preview: Preview }) {
  return (
    <>
      <p class="preview-summary">
        {preview.added.length} to add, {preview.changed.length} to change, {preview.removed.length} to remove, {preview.unchanged} the same.
      </p>
      <Terms title="To add" terms={preview.added.map(describeTerm)} />
      <Terms title="To change" terms={preview.changed.map((c) => describeTerm(c.after))} />
      <Terms title="To remove" terms={preview.removed.map((t) => t.term)} />
    </>
  );
}

/** A file that could not be read: the message (with its line number), and reassurance. */
export function ImportProblem({ message }: { message: string }) {
  return (
    <div class="problem" role="alert">
      <p>
        <strong>This file was not imported.</strong> {message}
      </p>
      <p>Nothing has changed. Fix the file and choose it again.</p>
    </div>
  );
}
