/**
 * Organisation word lists: each has a name, can be turned on or off, and
 * holds terms. Lists from the organisation's policy are read-only; lists
 * from a shared address are updated from there (see "Shared lists").
 */
import { useState } from 'preact/hooks';
import type { Term, WordList } from '../engine';
import type { Settings } from '../storage/schema';
import { formatWordListCsv, formatWordListJson } from '../wordlists';
import { ORG_EXPLANATION, Section, SetByOrganisation, FieldError, describedBy } from './common';
import { ListImport } from './ListImport';
import { TermsEditor } from './TermsEditor';
import { newListId } from './terms';

export interface WordListsSectionProps {
  lists: WordList[];
  update(change: (p: Settings) => Settings, done: string): Promise<boolean>;
  download(fileName: string, text: string, type: string): void;
}

const fileBase = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'word-list';

function withList(p: Settings, id: string, change: (l: WordList) => WordList): Settings {
  return { ...p, wordLists: p.wordLists.map((l) => (l.id === id ? change(l) : l)) };
}

function ListCard({ list, props }: { list: WordList; props: WordListsSectionProps }) {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [renameError, setRenameError] = useState<string | undefined>();
  const shared = !!list.url && !list.managed;
  const readOnly = !!list.managed || shared;
  const key = list.id.replace(/[^a-z0-9-]/gi, '-');
  const count = `${list.terms.length} ${list.terms.length === 1 ? 'term' : 'terms'}`;

  const rename = async (e: Event) => {
    e.preventDefault();
    const name = (renaming ?? '').trim();
    if (!name) return setRenameError('Enter a name for the list.');
    if (await props.update((p) => withList(p, list.id, (l) => ({ ...l, name })), `Renamed the list to “${name}”.`)) {
      setRenaming(null);
      setRenameError(undefined);
    }
  };

  return (
    <li class="list-card">
      <div class="list-head">
        <h3 id={`wl-${key}-h`}>{list.name}</h3>
        <span class="muted">{count}</span>
        {list.managed && <SetByOrganisation />}
        {shared && <span class="shared-badge">Shared list</span>}
      </div>
      <div class="check">
        <input
          id={`wl-${key}-on`}
          type="checkbox"
          checked={list.enabled}
          disabled={list.managed}
          aria-describedby={list.managed ? `wl-${key}-org` : undefined}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void props.update((p) => withList(p, list.id, (l) => ({ ...l, enabled: on })), `${list.name} is ${on ? 'on' : 'off'}.`);
          }}
        />
        <label for={`wl-${key}-on`}>Use “{list.name}” when checking</label>
      </div>
      {list.managed && <p class="hint" id={`wl-${key}-org`}>{ORG_EXPLANATION}</p>}
      {shared && <p class="hint">This list is updated from its web address, so it cannot be changed here. See “Shared lists” below.</p>}
      <div class="row">
        <button type="button" aria-expanded={open} aria-controls={`wl-${key}-terms`} onClick={() => setOpen(!open)}>
          {open ? 'Hide terms' : readOnly ? 'Show terms' : 'Show and edit terms'}
          <span class="visually-hidden"> in {list.name}</span>
        </button>
        <button type="button" onClick={() => props.download(`${fileBase(list.name)}.csv`, formatWordListCsv(list.terms), 'text/csv')}>
          Download as CSV<span class="visually-hidden"> ({list.name})</span>
        </button>
        <button type="button" onClick={() => props.download(`${fileBase(list.name)}.json`, formatWordListJson(list), 'application/json')}>
          Download as JSON<span class="visually-hidden"> ({list.name})</span>
        </button>
        {!readOnly && renaming === null && (
          <button type="button" onClick={() => setRenaming(list.name)}>
            Rename<span class="visually-hidden"> {list.name}</span>
          </button>
        )}
        {!readOnly && !confirming && (
          <button type="button" class="warning" onClick={() => setConfirming(true)}>
            Delete list<span class="visually-hidden"> {list.name}</span>
          </button>
        )}
      </div>
      {renaming !== null && (
        <form class="inline-form" onSubmit={rename} noValidate>
          <label for={`wl-${key}-name`}>New name for the list</label>
          <div class="row">
            <input id={`wl-${key}-name`} type="text" value={renaming} aria-invalid={renameError ? true : undefined}
              aria-describedby={describedBy(renameError && `wl-${key}-name-error`)} onInput={(e) => setRenaming(e.currentTarget.value)} />
            <button type="submit">Save name</button>
            <button type="button" onClick={() => setRenaming(null)}>Cancel</button>
          </div>
          <FieldError id={`wl-${key}-name-error`} message={renameError} />
        </form>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-label={`Delete ${list.name}?`}>
          <p>Delete “{list.name}” and its {count}? This cannot be undone, so download it first if you may need it.</p>
          <button type="button" class="warning" onClick={() => void props.update((p) => ({ ...p, wordLists: p.wordLists.filter((l) => l.id !== list.id) }), `Deleted the list “${list.name}”.`)}>
            Yes, delete it
          </button>
          <button type="button" onClick={() => setConfirming(false)}>Keep it</button>
        </div>
      )}
      <div id={`wl-${key}-terms`} hidden={!open}>
        {open && (
          <TermsEditor
            list={list}
            readOnly={readOnly}
            onChange={(terms: Term[], message: string) => props.update((p) => withList(p, list.id, (l) => ({ ...l, terms })), message)}
          />
        )}
      </div>
    </li>
  );
}

export function WordListsSection(props: WordListsSectionProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const editable = props.lists.filter((l) => !l.managed && !l.url);

  const create = async (e: Event) => {
    e.preventDefault();
    const n = name.trim();
    if (!n) {
      setError('Enter a name for the new list, such as “Our trust’s words”.');
      return document.getElementById('new-list-name')?.focus();
    }
    if (props.lists.some((l) => l.name.toLowerCase() === n.toLowerCase())) return setError(`There is already a list called “${n}”.`);
    setError(undefined);
    const ok = await props.update(
      (p) => ({ ...p, wordLists: [...p.wordLists, { id: newListId(n, p.wordLists.map((l) => l.id)), name: n, enabled: true, terms: [] }] }),
      `Created the list “${n}”. Open it to add terms.`,
    );
    if (ok) setName('');
  };

  const applyImport = (incoming: WordList, targetId: string | null) =>
    props.update((p) => {
      if (targetId) return withList(p, targetId, (l) => ({ ...l, terms: incoming.terms }));
      const names = p.wordLists.map((l) => l.name.toLowerCase());
      let n = incoming.name;
      for (let i = 2; names.includes(n.toLowerCase()); i++) n = `${incoming.name} ${i}`;
      const { url: _u, managed: _m, ...rest } = incoming;
      return { ...p, wordLists: [...p.wordLists, { ...rest, name: n, enabled: true, id: newListId(n, p.wordLists.map((l) => l.id)) }] };
    }, targetId ? `Imported ${incoming.terms.length} terms.` : `Imported “${incoming.name}” with ${incoming.terms.length} terms. It is on.`);

  return (
    <Section
      id="word-lists"
      title="Your organisation’s word lists"
      intro={<p>Words your organisation wants writers to avoid, with plainer words to use instead. Doing With flags them alongside its own checks.</p>}
    >
      {props.lists.length ? (
        <ul class="lists">
          {props.lists.map((l) => <ListCard key={l.id} list={l} props={props} />)}
        </ul>
      ) : (
        <p class="empty">You have no word lists yet. Create one below or import a spreadsheet.</p>
      )}
      <form class="inline-form" onSubmit={create} noValidate>
        <h3>Create a new list</h3>
        <label for="new-list-name">Name of the list</label>
        <div class="row">
          <input id="new-list-name" type="text" value={name} aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(error && 'new-list-name-error')} onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit">Create list</button>
        </div>
        <FieldError id="new-list-name-error" message={error} />
      </form>
      <ListImport editable={editable} onApply={applyImport} />
    </Section>
  );
}
