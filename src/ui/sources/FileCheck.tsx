/**
 * “Check a file or pasted text”: a Word, PDF, HTML, Markdown or text file
 * (picked or dropped), or text pasted in. The file is read here in the panel
 * and checked by the background; nothing is uploaded anywhere. The findings
 * are listed as for a page, with “Copy” instead of “Show in page”.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useFileDrop } from '../use-file-drop';
import type { ProfileId } from '../../engine/types';
import type { BackgroundToPanel, DocReport, PanelToBackground, RuleInfo } from '../../extension/messages';
import { parsePlainText } from '../../sources/plain-text';
import type { SourceDoc } from '../../sources/types';
import type { UploadLike } from '../../sources/read-bytes';
import { docKeyForFile } from '../../review/state';
import { FindingList } from '../FindingList';
import { ProfilePicker, Summary } from '../Summary';
import { textDocKey, type ReviewDoc } from '../review/document';
import { ReviewPanel } from '../review/ReviewPanel';

const ACCEPT = '.docx,.pdf,.html,.htm,.md,.markdown,.txt,.text';

interface Checked {
  docKey: string;
  title: string;
  /** The file name, or “Pasted text”. */
  path: string;
  source: SourceDoc;
  content?: string;
  /** What the reader had to do that the person should know (e.g. read as plain text). */
  notes?: string[];
  report: DocReport | null;
}

type Status = { kind: 'idle' | 'reading' | 'checking' | 'ready' } | { kind: 'error'; message: string };

interface Props {
  tabId: number | null;
  rules: Record<string, RuleInfo>;
  send: (m: PanelToBackground) => void;
  listen: (fn: (m: BackgroundToPanel) => void) => () => void;
  reviewing: boolean;
  /** Put the keyboard on the paste box or the file picker (after “Paste the text” / “Upload the file”). */
  focus: 'paste' | 'upload' | null;
  onStatus: (text: string) => void;
}

/** Read a file as the reader wants it, and hash its bytes for the review key on the way. */
async function readFile(file: File): Promise<{ key: string | null; result: Awaited<ReturnType<typeof import('../../sources/read-bytes').readUpload>> }> {
  const { readUpload, usePdfWorker } = await import('../../sources/read-bytes');
  if (/\.pdf$/i.test(file.name)) await usePdfWorker();
  let key: string | null = null;
  const upload: UploadLike = {
    name: file.name,
    size: file.size,
    arrayBuffer: async () => {
      const buffer = await file.arrayBuffer();
      key = await docKeyForFile(new Uint8Array(buffer));
      return buffer;
    },
  };
  const result = await readUpload(upload);
  return { key, result };
}

export function FileCheck({ tabId, rules, send, listen, reviewing, focus, onStatus }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [checked, setChecked] = useState<Checked | null>(null);
  const [text, setText] = useState('');
  const [profiles, setProfiles] = useState<ProfileId[] | null>(null);
  const [ignored, setIgnored] = useState<Set<string>>(new Set());
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const requestId = useRef('');
  const current = useRef<Checked | null>(null);
  current.current = checked;

  useEffect(() => {
    if (focus === 'paste') pasteRef.current?.focus();
    if (focus === 'upload') fileRef.current?.focus();
  }, [focus]);

  const lint = (c: Checked, chosen: ProfileId[] | null) => {
    requestId.current = `${c.docKey}:${Date.now()}:${Math.random()}`;
    setStatus({ kind: 'checking' });
    send({ type: 'lint-doc', requestId: requestId.current, doc: c.source.doc, profiles: chosen });
  };

  useEffect(
    () =>
      listen((m) => {
        if (m.type === 'doc-report' && m.requestId === requestId.current && current.current) {
          setChecked({ ...current.current, report: m.report });
          setStatus({ kind: 'ready' });
        } else if (m.type === 'settings-changed' && current.current) {
          lint(current.current, profiles);
        }
      }),
    [listen, profiles],
  );

  useEffect(() => {
    const n = checked?.report?.findings.filter((f) => !ignored.has(f.key)).length ?? 0;
    const said: Record<Status['kind'], string> = {
      idle: 'Choose a file or paste some text to check it.',
      reading: 'Reading the file…',
      checking: 'Checking…',
      ready: n === 0 ? `Checked ${checked?.path}. No barriers found in the text.` : `Checked ${checked?.path}. ${n} ${n === 1 ? 'thing' : 'things'} to look at.`,
      error: status.kind === 'error' ? status.message : '',
    };
    onStatus(said[status.kind]);
  }, [status, checked, ignored]);

  const start = (c: Checked) => {
    setChecked(c);
    setIgnored(new Set());
    setProfiles(null);
    lint(c, null);
  };

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: 'reading' });
    const { key, result } = await readFile(file).catch(() => ({ key: null, result: { ok: false as const, reason: 'corrupt' as const, message: `We could not read ‘${file.name}’. Please try again.` } }));
    if (!result.ok) {
      setChecked(null);
      return setStatus({ kind: 'error', message: result.message });
    }
    const title = result.source.doc.meta.title || file.name;
    start({ docKey: key ?? `file:${file.name}`, title, path: file.name, source: result.source, ...(result.content !== undefined ? { content: result.content } : {}), ...(result.notes ? { notes: result.notes } : {}), report: null });
  };  const drop = useFileDrop((file) => void takeFile(file));


  const takeText = async () => {
    if (!text.trim()) return setStatus({ kind: 'error', message: 'The box is empty. Paste the text you want to check, then press “Check this text”.' });
    const source = parsePlainText(text, { title: 'Pasted text' });
    start({ docKey: await textDocKey(text), title: 'Pasted text', path: 'Pasted text', source, content: text, report: null });
  };

  const report = checked?.report ?? null;
  const findings = report ? report.findings.filter((f) => !ignored.has(f.key)) : [];
  const reviewDoc: ReviewDoc | null =
    checked && report
      ? { docKey: checked.docKey, title: checked.title, path: checked.path, findings, profiles: report.profiles, stats: report.stats, source: checked.source, ...(checked.content !== undefined ? { content: checked.content } : {}) }
      : null;

  return (
    <>
      <section aria-labelledby="file-h" class="file-check">
        <h2 id="file-h">Check a file or pasted text</h2>
        <p class="hint">Your file is read in this browser. Nothing is uploaded anywhere.</p>
        <div
          class={`drop${drop.over ? ' over' : ''}`}
          data-testid="drop-zone"
          {...drop.handlers}
        >
          <label for="file-input" class="label">Choose a file</label>
          <p class="hint" id="file-input-hint">
            Word (.docx), PDF, web page (.html), Markdown (.md) or text (.txt), up to 20 MB. You can also drag a file here.
          </p>
          <input
            ref={fileRef}
            id="file-input"
            type="file"
            accept={ACCEPT}
            aria-describedby="file-input-hint"
            onChange={(e) => {
              const input = e.currentTarget;
              void takeFile(input.files?.[0]);
              input.value = '';
            }}
          />
        </div>
        <div class="field">
          <label for="paste">Or paste the text here</label>
          <textarea id="paste" ref={pasteRef} rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <button type="button" class="primary" onClick={() => void takeText()}>
          Check this text
        </button>
        {status.kind === 'error' && (
          <p role="alert" class="alert">
            {status.message}
          </p>
        )}
      </section>
      {checked && report && reviewDoc && status.kind !== 'error' && (
        <>
          <section aria-labelledby="checked-h" class="doc">
            <h2 id="checked-h">{checked.path === checked.title ? checked.title : `${checked.title} (${checked.path})`}</h2>
            {checked.notes?.map((note) => (
              <p key={note} class="hint" data-testid="read-note">
                {note}
              </p>
            ))}
            {/* Folded away, as for the tab: the findings come first. */}
            <details class="kind">
              <summary>What kind of document this is</summary>
              <ProfilePicker
                report={{ ...report, ignoredCount: 0, partial: false }}
                chosen={profiles}
                onChange={(p) => {
                  setProfiles(p);
                  lint(checked, p);
                }}
              />
            </details>
          </section>
          {reviewing ? (
            <ReviewPanel doc={reviewDoc} />
          ) : (
            <>
              <FindingList
                findings={findings}
                rules={rules}
                canReplace={false}
                copyOnly
                noun="document"
                idPrefix="file-"
                ignoredCount={report.findings.length - findings.length}
                onUnignoreAll={() => setIgnored(new Set())}
                actions={{
                  reveal: () => undefined,
                  replace: () => undefined,
                  ignore: (key) => setIgnored(new Set([...ignored, key])),
                  allow: (word) => tabId !== null && send({ type: 'allow', tabId, word }),
                }}
              />
              <Summary report={{ ...report, findings, ignoredCount: ignored.size, partial: false }} />
            </>
          )}
        </>
      )}
    </>
  );
}
