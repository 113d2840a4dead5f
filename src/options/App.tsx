/**
 * The options page: the user's allow list, organisation word lists, which
 * checks run, sites checked automatically, shared lists and backups.
 * Anything an organisation set by policy is shown as such and locked.
 */
import type { Rule } from '../engine';
import { BackupSection } from './BackupSection';
import { Section } from './common';
import type { OptionsDeps } from './deps';
import { RulesSection } from './RulesSection';
import { SharedListsSection } from './SharedListsSection';
import { SitesSection } from './SitesSection';
import { useSettings } from './useSettings';
import { WordListsSection } from './WordListsSection';
import { WordsSection } from './WordsSection';
import { ORG_EXPLANATION, SetByOrganisation } from './common';

export function OptionsApp({ deps, rules }: { deps: OptionsDeps; rules: readonly Pick<Rule, 'meta'>[] }) {
  const api = useSettings(deps);
  const { loaded } = api;

  const body = () => {
    if (api.loadError) return <p class="problem" role="alert">{api.loadError}</p>;
    if (!loaded) return <p>Loading your settings…</p>;
    const { settings, personal, locks } = loaded;
    const orgAllow = settings.allow.filter((w) => !personal.allow.includes(w));
    const orgAcronyms = settings.acronyms.filter((w) => !personal.acronyms.includes(w));
    const anyManaged = locks.rules.size + locks.wordLists.size + locks.sites.size + orgAllow.length + orgAcronyms.length > 0 || locks.easyRead;
    const sortedWords = (xs: string[]) => [...xs].sort((a, b) => a.localeCompare(b, 'en-GB'));
    return (
      <>
        {loaded.notice && <p class="notice">{loaded.notice}</p>}
        {anyManaged && (
          <p class="notice">
            Some settings on this page were set by your organisation. They are marked <SetByOrganisation /> and cannot be changed here.
          </p>
        )}
        <Section id="allow" title="Words you have allowed" intro={<p>Doing With never flags these words and phrases. “Allow this word” in the side panel adds to this list.</p>}>
          <WordsSection
            kind="allow"
            personal={sortedWords(personal.allow)}
            managed={orgAllow}
            onAdd={(w) => api.update((p) => ({ ...p, allow: [...p.allow, w] }), `“${w}” will not be flagged.`)}
            onRemove={(w) => api.update((p) => ({ ...p, allow: p.allow.filter((x) => x !== w) }), `Removed “${w}”. It may be flagged again.`)}
          />
        </Section>
        <WordListsSection lists={settings.wordLists} update={api.update} download={deps.download} />
        <Section id="shared" title="Shared lists">
          <SharedListsSection deps={deps} subscriptions={personal.subscriptions} lists={settings.wordLists} sites={settings.sites}
            update={api.update} reload={api.reload} announce={api.announce} />
        </Section>
        <Section id="checks" title="Checks" intro={<p>Turn checks on or off and choose how serious each one is.</p>}>
          <fieldset class="easy-read">
            <legend>Easy Read</legend>
            <div class="check">
              <input id="easy-read" type="checkbox" checked={settings.easyRead} disabled={locks.easyRead}
                aria-describedby={locks.easyRead ? 'easy-read-hint easy-read-org' : 'easy-read-hint'}
                onChange={(e) => void api.update((p) => ({ ...p, easyRead: e.currentTarget.checked }), `Easy Read mode is ${e.currentTarget.checked ? 'on' : 'off'}.`)} />
              <label for="easy-read">Easy Read mode</label>
              {locks.easyRead && <SetByOrganisation />}
            </div>
            <p class="hint" id="easy-read-hint">For documents written for people with a learning disability: shorter sentences and a lower reading age.</p>
            {locks.easyRead && <p class="hint" id="easy-read-org">{ORG_EXPLANATION}</p>}
          </fieldset>
          <h3>Acronyms that are fine</h3>
          <p>Acronyms your readers know, which do not need spelling out.</p>
          <WordsSection
            kind="acronym"
            personal={sortedWords(personal.acronyms)}
            managed={orgAcronyms}
            onAdd={(w) => api.update((p) => ({ ...p, acronyms: [...p.acronyms, w] }), `${w} will not need spelling out.`)}
            onRemove={(w) => api.update((p) => ({ ...p, acronyms: p.acronyms.filter((x) => x !== w) }), `Removed ${w}.`)}
          />
          <h3>Each check</h3>
          <RulesSection rules={rules} effective={settings.rules} locked={locks.rules} update={api.update} />
        </Section>
        <Section id="sites" title="Sites checked automatically" intro={<p>Pages on these sites are checked as soon as you open them. On other sites, use the toolbar button.</p>}>
          <SitesSection sites={settings.sites} locked={locks.sites} keepPermission={personal.subscriptions.map((s) => { try { return new URL(s.url).origin; } catch { return ''; } })}
            permissions={deps.permissions} update={api.update} announce={api.announce} />
        </Section>
        <Section id="backup" title="Save or load your settings">
          <BackupSection personal={personal} permissions={deps.permissions} update={api.update} download={deps.download} />
        </Section>
      </>
    );
  };

  return (
    <>
      <header class="top">
        <h1>Doing With settings</h1>
        <p class="lede">Your settings are kept in this browser. Nothing you check is ever sent anywhere.</p>
      </header>
      <nav class="toc" aria-label="Sections">
        <ul>
          <li><a href="#allow">Allowed words</a></li>
          <li><a href="#word-lists">Word lists</a></li>
          <li><a href="#shared">Shared lists</a></li>
          <li><a href="#checks">Checks</a></li>
          <li><a href="#sites">Sites</a></li>
          <li><a href="#backup">Save or load</a></li>
        </ul>
      </nav>
      <main>
        <p class="status-line" role="status" aria-live="polite">{api.status}</p>
        {body()}
      </main>
    </>
  );
}
