/**
 * Download all settings as one file (which the command line reads with
 * --config), and load a settings file back, with a preview first.
 */
import { useState } from 'preact/hooks';
import { exportSettings, type Settings } from '../storage/schema';
import { ImportError } from '../wordlists';
import type { PermissionsLike } from './deps';
import { FileDrop } from './FileDrop';
import { ImportProblem, PreviewBox } from './ImportPreview';
import { planSettingsImport, type SettingsImportPlan } from './settings-import';
import { sitePattern } from './SitesSection';

export interface BackupSectionProps {
  personal: Settings;
  permissions: PermissionsLike;
  update(change: (p: Settings) => Settings, done: string): Promise<boolean>;
  download(fileName: string, text: string, type: string): void;
}

export function BackupSection(props: BackupSectionProps) {
  const [plan, setPlan] = useState<(SettingsImportPlan & { fileName: string }) | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const onFile = (bytes: Uint8Array, fileName: string) => {
    setPlan(null);
    try {
      setPlan({ ...planSettingsImport(props.personal, bytes, fileName), fileName });
      setProblem(null);
    } catch (e) {
      setProblem(e instanceof ImportError ? e.message : `“${fileName}” is not a Doing With settings file.`);
    }
  };

  const apply = () => {
    if (!plan) return;
    const { next, newSites } = plan;
    // Ask for the sites' permission from this click; the rest is saved whatever the answer.
    const asked = newSites.length ? props.permissions.request(newSites.map(sitePattern)) : Promise.resolve(false);
    void asked.then(async (granted) => {
      const sites = granted ? newSites : [];
      const ok = await props.update(
        (p) => ({ ...next, subscriptions: p.subscriptions, wordLists: [...next.wordLists, ...p.wordLists.filter((l) => l.url && !next.wordLists.some((n) => n.id === l.id))], sites: [...p.sites, ...sites.filter((s) => !p.sites.includes(s))] }),
        newSites.length && !granted
          ? 'Settings imported. The sites in the file were not added because the browser did not allow them.'
          : 'Settings imported.',
      );
      if (ok) setPlan(null);
    });
  };

  return (
    <div>
      <p>
        Save all your settings and word lists in one file, to keep a copy or move them to another computer. The command line reads
        the same file: <code>doing-with check draft.docx --config doing-with-settings.json</code>
      </p>
      <button type="button" onClick={() => props.download('doing-with-settings.json', exportSettings(props.personal), 'application/json')}>
        Download my settings
      </button>
      <FileDrop id="settings-import-file" label="Load settings from a file" hint="A .json file saved from Doing With." accept=".json,application/json" onFile={onFile} />
      {problem && <ImportProblem message={problem} />}
      {plan && (
        <PreviewBox
          id="settings-import-preview"
          title={`Loading settings from “${plan.fileName}”`}
          applyLabel="Apply these settings"
          onApply={apply}
          onCancel={() => setPlan(null)}
        >
          {plan.changes.length ? (
            <>
              <p>This will change:</p>
              <ul>{plan.changes.map((c) => <li key={c}>{c}</li>)}</ul>
              <p>Your shared lists stay as they are. Anything your organisation set still applies.</p>
            </>
          ) : (
            <p>These settings are the same as yours. Nothing would change.</p>
          )}
        </PreviewBox>
      )}
    </div>
  );
}
