/** Add or change one term: the word, plainer words, a note and how serious it is. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Severity, Term } from '../engine';
import { SEVERITIES } from '../engine/types';
import { SEVERITY_LABELS } from './rules-model';
import { FieldError, describedBy } from './common';
import { emptyTermForm, formFromTerm, validateTermForm, type TermErrors, type TermForm as Form } from './terms';

export interface TermFormProps {
  listId: string;
  terms: Term[];
  /** Index of the term being changed, or null to add one. */
  editing: number | null;
  onSubmit(term: Term): Promise<boolean>;
  onCancel(): void;
}

export function TermForm({ listId, terms, editing, onSubmit, onCancel }: TermFormProps) {
  const start = editing !== null && terms[editing] ? formFromTerm(terms[editing]) : emptyTermForm();
  const [form, setForm] = useState<Form>(start);
  const [errors, setErrors] = useState<TermErrors>({});
  const first = useRef<HTMLInputElement>(null);
  const p = `${listId}-term`;

  useEffect(() => {
    setForm(editing !== null && terms[editing] ? formFromTerm(terms[editing]) : emptyTermForm());
    setErrors({});
    if (editing !== null) first.current?.focus();
    // Only when another term is chosen, not on every save of the list.
  }, [editing, listId]);

  const set = (k: keyof Form) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    const r = validateTermForm(form, terms, editing);
    setErrors(r.errors);
    if (!r.term) {
      const firstBad = (['term', 'alternatives', 'note'] as const).find((k) => r.errors[k]);
      if (firstBad) document.getElementById(`${p}-${firstBad}`)?.focus();
      return;
    }
    if (await onSubmit(r.term)) {
      if (editing === null) {
        setForm(emptyTermForm());
        first.current?.focus();
      }
    }
  };

  const title = editing !== null && terms[editing] ? `Change “${terms[editing].term}”` : 'Add a term';
  return (
    <form class="term-form" onSubmit={submit} noValidate aria-labelledby={`${p}-title`}>
      <h4 id={`${p}-title`}>{title}</h4>
      <div class="field">
        <label for={`${p}-term`}>Word or phrase</label>
        <p class="hint" id={`${p}-term-hint`}>In its plain form: “stakeholder” also finds “stakeholders”.</p>
        <input
          ref={first}
          id={`${p}-term`}
          type="text"
          value={form.term}
          autocomplete="off"
          aria-invalid={errors.term ? true : undefined}
          aria-describedby={describedBy(`${p}-term-hint`, errors.term && `${p}-term-error`)}
          onInput={set('term')}
        />
        <FieldError id={`${p}-term-error`} message={errors.term} />
      </div>
      <div class="field">
        <label for={`${p}-alternatives`}>Plainer words (optional)</label>
        <p class="hint" id={`${p}-alternatives-hint`}>Separate them with semicolons, for example: local NHS; the council</p>
        <input
          id={`${p}-alternatives`}
          type="text"
          value={form.alternatives}
          autocomplete="off"
          aria-invalid={errors.alternatives ? true : undefined}
          aria-describedby={describedBy(`${p}-alternatives-hint`, errors.alternatives && `${p}-alternatives-error`)}
          onInput={set('alternatives')}
        />
        <FieldError id={`${p}-alternatives-error`} message={errors.alternatives} />
      </div>
      <div class="field">
        <label for={`${p}-note`}>Note for the writer (optional)</label>
        <input
          id={`${p}-note`}
          type="text"
          value={form.note}
          autocomplete="off"
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy(errors.note && `${p}-note-error`)}
          onInput={set('note')}
        />
        <FieldError id={`${p}-note-error`} message={errors.note} />
      </div>
      <div class="field">
        <label for={`${p}-severity`}>How serious</label>
        <select id={`${p}-severity`} value={form.severity} onChange={(e) => setForm({ ...form, severity: e.currentTarget.value as Severity | '' })}>
          <option value="">Usual ({SEVERITY_LABELS.warning.toLowerCase()})</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div class="row">
        <button type="submit" class="primary">{editing !== null ? 'Save changes' : 'Add term'}</button>
        {editing !== null && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
