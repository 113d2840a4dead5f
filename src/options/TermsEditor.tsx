/**
 * The terms of one word list: search, a page of results at a time (lists
 * run to hundreds of terms), and add, change or delete. Read-only lists
 * (from the organisation or a shared address) show the table without the
 * editing controls.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Term, WordList } from '../engine';
import { SEVERITY_LABELS } from './rules-model';
import { TermForm } from './TermForm';
import { PAGE_SIZE, pageOf, searchTerms } from './terms';

export interface TermsEditorProps {
  list: WordList;
  readOnly: boolean;
  onChange(terms: Term[], message: string): Promise<boolean>;
}

export function TermsEditor({ list, readOnly, onChange }: TermsEditorProps) {
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const [deleted, setDeleted] = useState<{ term: Term; index: number } | null>(null);
  const terms = list.terms;
  const matches = useMemo(() => searchTerms(terms, query), [terms, query]);
  const view = pageOf(matches, page, PAGE_SIZE);
  const p = `list-${list.id.replace(/[^a-z0-9-]/gi, '-')}`;

  useEffect(() => {
    setEditing(null);
    setDeleted(null);
    setQuery('');
    setPage(0);
  }, [list.id]);

  const save = async (term: Term) => {
    if (editing === null) {
      const ok = await onChange([...terms, term], `Added “${term.term}” to ${list.name}.`);
      if (ok) setDeleted(null);
      return ok;
    }
    const next = terms.map((t, i) => (i === editing ? term : t));
    const ok = await onChange(next, `Saved “${term.term}”.`);
    if (ok) {
      const back = editing;
      setEditing(null);
      setTimeout(() => document.getElementById(`${p}-edit-${back}`)?.focus(), 0);
    }
    return ok;
  };

  const remove = async (index: number) => {
    const term = terms[index];
    if (!term) return;
    if (await onChange(terms.filter((_, i) => i !== index), `Deleted “${term.term}”. You can undo this.`)) {
      setDeleted({ term, index });
      if (editing === index) setEditing(null);
      setTimeout(() => document.getElementById(`${p}-undo`)?.focus(), 0);
    }
  };

  const undo = async () => {
    if (!deleted) return;
    const next = [...terms];
    next.splice(Math.min(deleted.index, next.length), 0, deleted.term);
    if (await onChange(next, `Put “${deleted.term.term}” back.`)) setDeleted(null);
  };

  const summary = !terms.length
    ? 'This list has no terms yet.'
    : !matches.length
      ? `No terms match “${query.trim()}”.`
      : `Showing ${view.from} to ${view.to} of ${view.total} ${query.trim() ? 'matching terms' : 'terms'}.`;

  return (
    <div class="terms">
      {!readOnly && (
        <TermForm listId={p} terms={terms} editing={editing} onSubmit={save} onCancel={() => {
          const back = editing;
          setEditing(null);
          setTimeout(() => document.getElementById(`${p}-edit-${back}`)?.focus(), 0);
        }} />
      )}
      {deleted && (
        <p class="undo">
          Deleted “{deleted.term.term}”.{' '}
          <button type="button" id={`${p}-undo`} onClick={() => void undo()}>
            Undo
          </button>
        </p>
      )}
      <div class="field search">
        <label for={`${p}-search`}>Search this list</label>
        <input
          id={`${p}-search`}
          type="search"
          value={query}
          aria-describedby={`${p}-count`}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setPage(0);
          }}
        />
      </div>
      <p id={`${p}-count`} class="count" aria-live="polite">
        {summary}
      </p>
      {view.items.length > 0 && (
        <table class="terms-table">
          <caption class="visually-hidden">Terms in {list.name}</caption>
          <thead>
            <tr>
              <th scope="col">Word or phrase</th>
              <th scope="col">Plainer words</th>
              <th scope="col">Note</th>
              <th scope="col">How serious</th>
              {!readOnly && <th scope="col"><span class="visually-hidden">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {view.items.map((i) => {
              const t = terms[i]!;
              return (
                <tr key={`${i}-${t.term}`} class={editing === i ? 'editing' : undefined}>
                  <th scope="row">{t.term}</th>
                  <td>{t.alternatives.length ? t.alternatives.join('; ') : <span class="muted">None given</span>}</td>
                  <td>{t.note ?? ''}</td>
                  <td>{SEVERITY_LABELS[t.severity ?? 'warning']}</td>
                  {!readOnly && (
                    <td class="actions">
                      <button type="button" class="small" id={`${p}-edit-${i}`} aria-label={`Change “${t.term}”`} onClick={() => setEditing(i)}>
                        Change
                      </button>
                      <button type="button" class="small" aria-label={`Delete “${t.term}”`} onClick={() => void remove(i)}>
                        Delete
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {view.pageCount > 1 && (
        <nav class="pager" aria-label={`Pages of ${list.name}`}>
          <button type="button" disabled={view.page === 0} onClick={() => setPage(view.page - 1)}>
            Previous page
          </button>
          <span>
            Page {view.page + 1} of {view.pageCount}
          </span>
          <button type="button" disabled={view.page >= view.pageCount - 1} onClick={() => setPage(view.page + 1)}>
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
