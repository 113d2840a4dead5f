/**
 * Review mode: the automatic findings and the reviewer questions, each marked
 * Agree / Not relevant with a comment, an overall comment and the reviewer's
 * name; kept per document in this browser, and exported. Document text and
 * comments are shown as text only.
 */
import { useState } from 'preact/hooks';
import { FindingContext } from '../FindingContext';
import { REVIEW_QUESTIONS } from '../../../rules/catalog';
import { findingKeys, questionKey, setMark, setOverallComment, type ReviewMark, type ReviewState, type ReviewStatus } from '../../review/state';
import { enablersFor, sentenceCase, SEVERITY_LABELS } from '../catalog';
import type { ReviewDoc } from './document';
import { exportReview, type ExportKind } from './export';
import { useReview } from './store';

const PAGE = 50;

function MarkControls({ id, label, mark, onChange, commentLabel }: {
  id: string;
  label: string;
  mark: ReviewMark | undefined;
  onChange: (change: Partial<ReviewMark>) => void;
  commentLabel: string;
}) {
  const status = mark?.status ?? null;
  const option = (value: ReviewStatus | null, text: string) => (
    <div class="radio">
      <input type="radio" id={`${id}-${value ?? 'open'}`} name={`${id}-mark`} checked={status === value} onChange={() => onChange({ status: value })} />
      <label for={`${id}-${value ?? 'open'}`}>{text}</label>
    </div>
  );
  return (
    <div class="mark">
      <fieldset class="toggle">
        <legend>
          Your mark<span class="visually-hidden"> for: {label}</span>
        </legend>
        {option('agree', 'Agree')}
        {option('not-relevant', 'Not relevant')}
        {option(null, 'Not marked yet')}
      </fieldset>
      <label for={`${id}-comment`} class="label">
        {commentLabel}
        <span class="visually-hidden"> for: {label}</span>
      </label>
      <textarea id={`${id}-comment`} rows={2} value={mark?.comment ?? ''} onInput={(e) => onChange({ comment: e.currentTarget.value })} />
    </div>
  );
}

function Exports({ doc, review }: { doc: ReviewDoc; review: ReviewState }) {
  const [said, setSaid] = useState('');
  const run = (kind: ExportKind) => void exportReview(kind, doc, review).then(setSaid, () => setSaid('The export did not work. Please try again.'));
  return (
    <section aria-labelledby="export-h" class="exports">
      <h3 id="export-h">Save or share the review</h3>
      <p class="hint">The review is made on this computer. Nothing is uploaded.</p>
      <button type="button" class="primary" onClick={() => run('markdown')}>Download Markdown</button>
      <button type="button" onClick={() => run('open-html')}>Open printable page</button>
      <button type="button" onClick={() => run('html')}>Download printable page</button>
      <button type="button" onClick={() => run('copy-text')}>Copy as text</button>
      <button type="button" onClick={() => run('copy-markdown')}>Copy as Markdown</button>
      <p role="status" aria-live="polite" class="export-status">{said}</p>
    </section>
  );
}

export function ReviewPanel({ doc }: { doc: ReviewDoc }) {
  const { review, update, error } = useReview(doc.docKey, doc.title);
  const [limit, setLimit] = useState(PAGE);
  if (!review) return <p>Opening your review…</p>;
  const keys = findingKeys(doc.findings);
  const mark = (key: string) => (change: Partial<ReviewMark>) => update((r) => setMark(r, key, change));
  const marked = Object.keys(review.marks).length;

  return (
    <section aria-labelledby="review-h" class="review">
      <h2 id="review-h">Review</h2>
      <p class="hint">
        Mark each finding and answer each question. Your review is kept in this browser on this computer, so you can close it and come back. {marked > 0 && `${marked} marked so far.`}
      </p>
      {error && <p role="alert" class="alert">{error}</p>}
      <div class="field">
        <label for="reviewer">Your name</label>
        <input id="reviewer" type="text" autocomplete="name" value={review.reviewer ?? ''} onInput={(e) => update((r) => ({ ...r, reviewer: e.currentTarget.value, updatedAt: new Date().toISOString() }))} />
      </div>

      <h3>Findings from the check ({doc.findings.length})</h3>
      {doc.findings.length === 0 && <p>The check found nothing in the words. The questions below still need a person to answer them.</p>}
      <ol class="review-items">
        {doc.findings.slice(0, limit).map((f, i) => {
          const key = keys[i]!;
          const enablers = enablersFor(f.barriers, f.enablers).slice(0, 3);
          return (
            <li key={key} class={`review-item finding severity-${f.severity}`}>
              <p class="finding-message">
                <span class="severity-tag">{SEVERITY_LABELS[f.severity]}<span class="visually-hidden">:</span></span> {f.message}
              </p>
              <FindingContext context={f.context} />
              {enablers.length > 0 && (
                <p class="hint">
                  <span class="label">Good practice that helps: </span>
                  {enablers.map((e) => sentenceCase(e.title)).join('; ')}
                </p>
              )}
              <MarkControls id={`rf${i}`} label={f.message} mark={review.marks[key]} onChange={mark(key)} commentLabel="Comment" />
            </li>
          );
        })}
      </ol>
      {doc.findings.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, doc.findings.length - limit)} more findings ({doc.findings.length - limit} not shown)
        </button>
      )}

      <h3>Questions for the reviewer ({REVIEW_QUESTIONS.length})</h3>
      <p class="hint">Some barriers cannot be seen in the words of a document. Answer these from what you know.</p>
      <ol class="review-items">
        {REVIEW_QUESTIONS.map((q) => {
          const key = questionKey(q.id);
          return (
            <li key={key} class="review-item question">
              <p class="label">{q.question}</p>
              <p class="hint">{q.help}</p>
              {q.enablers.length > 0 && (
                <p class="hint">
                  <span class="label">What helps: </span>
                  {enablersFor([], q.enablers).map((e) => sentenceCase(e.title)).join('; ')}
                </p>
              )}
              <MarkControls id={`rq-${q.id}`} label={q.question} mark={review.marks[key]} onChange={mark(key)} commentLabel="Answer or comment" />
            </li>
          );
        })}
      </ol>

      <h3>
        <label for="overall">Overall comment</label>
      </h3>
      <textarea id="overall" rows={4} value={review.overallComment} onInput={(e) => update((r) => setOverallComment(r, e.currentTarget.value))} />

      <Exports doc={doc} review={review} />
    </section>
  );
}
