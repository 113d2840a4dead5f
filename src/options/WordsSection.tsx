/**
 * A short list of words: the personal allow list ("never flag these") or the
 * acronyms that are fine without spelling out. Words the organisation set are
 * shown first, marked, and cannot be removed here.
 */
import { useState } from 'preact/hooks';
import { validateWord } from './terms';
import { FieldError, SetByOrganisation, describedBy } from './common';

export interface WordsSectionProps {
  kind: 'allow' | 'acronym';
  /** The user's own words. */
  personal: string[];
  /** Words from the organisation's policy. */
  managed: string[];
  onAdd(word: string): Promise<boolean>;
  onRemove(word: string): Promise<boolean>;
}

export function WordsSection({ kind, personal, managed, onAdd, onRemove }: WordsSectionProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = `${kind}-word`;
  const label = kind === 'allow' ? 'Word or phrase to allow' : 'Acronym';
  const noun = kind === 'allow' ? 'word' : 'acronym';
  const orgOnly = managed.filter((w) => !personal.includes(w));

  const add = async (e: Event) => {
    e.preventDefault();
    const r = validateWord(text, [...managed, ...personal], kind);
    if ('error' in r) {
      setError(r.error);
      document.getElementById(id)?.focus();
      return;
    }
    setError(undefined);
    if (await onAdd(r.word)) setText('');
  };

  return (
    <div>
      <form class="inline-form" onSubmit={add} noValidate>
        <label for={id}>{label}</label>
        <div class="row">
          <input
            id={id}
            type="text"
            value={text}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(error && `${id}-error`)}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit">Add {noun}</button>
        </div>
        <FieldError id={`${id}-error`} message={error} />
      </form>
      {orgOnly.length + personal.length === 0 ? (
        <p class="empty">{kind === 'allow' ? 'You have not allowed any words yet.' : 'You have not added any acronyms yet.'}</p>
      ) : (
        <ul class="chips" aria-label={kind === 'allow' ? 'Allowed words' : 'Acronyms that are fine'}>
          {orgOnly.map((w) => (
            <li key={`org-${w}`} class="chip locked">
              <span lang="en-GB">{w}</span> <SetByOrganisation />
            </li>
          ))}
          {personal.map((w) => (
            <li key={w} class="chip">
              <span>{w}</span>
              <button type="button" class="small" aria-label={`Remove “${w}”`} onClick={() => void onRemove(w)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
