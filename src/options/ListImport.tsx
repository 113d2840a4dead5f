/**
 * Import a CSV or JSON word list: read and check it first, show what would
 * change, apply only when the user says so. A file with a problem changes
 * nothing and says which line is wrong.
 */
import { useState } from 'preact/hooks';
import type { WordList } from '../engine';
import { ImportError, importWordList, previewImport, type ImportPreview } from '../wordlists';
import { FileDrop } from './FileDrop';
import { ImportProblem, PreviewBox, TermsPreview } from './ImportPreview';

const NEW = '__new__';

export interface ListImportProps {
  /** Lists the user may replace. */
  editable: WordList[];
  onApply(incoming: WordList, targetId: string | null): Promise<boolean>;
}

export function ListImport({ editable, onApply }: ListImportProps) {
  const [target, setTarget] = useState(NEW);
  const [pending, setPending] = useState<{ list: WordList; fileName: string; preview: ImportPreview } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const targetList = editable.find((l) => l.id === target);

  const onFile = (bytes: Uint8Array, fileName: string) => {
    setPending(null);
    try {
      const list = importWordList(bytes, fileName);
      setProblem(null);
      setPending({ list, fileName, preview: previewImport(targetList?.terms ?? [], list.terms) });
    } catch (e) {
      setProblem(e instanceof ImportError ? e.message : `“${fileName}” could not be read as a word list.`);
    }
  };

  const apply = async () => {
    if (!pending) return;
    if (await onApply(pending.list, targetList ? targetList.id : null)) {
      setPending(null);
      document.getElementById('list-import-file')?.focus();
    }
  };

  return (
    <div class="import">
      <h3>Import a word list</h3>
      <p>
        Use a spreadsheet saved as <strong>CSV UTF-8</strong> with the headings term, alternatives, note and severity, or a JSON
        word list. You will see what changes before anything is saved.
      </p>
      <div class="field">
        <label for="list-import-target">Put the terms in</label>
        <select
          id="list-import-target"
          value={target}
          onChange={(e) => {
            setTarget(e.currentTarget.value);
            setPending(null);
          }}
        >
          <option value={NEW}>A new list</option>
          {editable.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name} (replaces its terms)
            </option>
          ))}
        </select>
      </div>
      <FileDrop id="list-import-file" label="Choose a word list file" hint="A .csv or .json file." accept=".csv,.tsv,.txt,.json,text/csv,application/json" onFile={onFile} />
      {problem && <ImportProblem message={problem} />}
      {pending && (
        <PreviewBox
          id="list-import-preview"
          title={targetList ? `Importing “${pending.fileName}” into ${targetList.name}` : `Importing “${pending.fileName}” as a new list, “${pending.list.name}”`}
          applyLabel="Apply import"
          onApply={() => void apply()}
          onCancel={() => {
            setPending(null);
            document.getElementById('list-import-file')?.focus();
          }}
        >
          <TermsPreview preview={pending.preview} />
        </PreviewBox>
      )}
    </div>
  );
}
