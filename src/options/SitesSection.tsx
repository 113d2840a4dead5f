/**
 * Sites checked automatically on every visit. Adding one asks the browser
 * for permission to read pages on that site only; removing one gives the
 * permission back.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../storage/schema';
import type { PermissionsLike } from './deps';
import { FieldError, ORG_EXPLANATION, SetByOrganisation, describedBy } from './common';
import { parseSiteInput } from './terms';

/** The browser's permission pattern for a site. Match patterns carry no port. */
export const sitePattern = (origin: string) => `${origin.replace(/:\d+$/, '')}/*`;

export interface SitesSectionProps {
  sites: string[];
  locked: Set<string>;
  /** Origins other features still need (shared lists), so their permission is kept. */
  keepPermission: string[];
  permissions: PermissionsLike;
  update(change: (p: Settings) => Settings, done: string): Promise<boolean>;
  announce(message: string): void;
}

const hostOf = (origin: string) => origin.replace(/^https?:\/\//, '');

export function SitesSection(props: SitesSectionProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const sitesKey = props.sites.join(' ');

  useEffect(() => {
    let live = true;
    void Promise.all(props.sites.map(async (s) => [s, await props.permissions.contains([sitePattern(s)]).catch(() => false)] as const)).then(
      (pairs) => live && setGranted(Object.fromEntries(pairs)),
    );
    return () => {
      live = false;
    };
  }, [sitesKey, props.permissions]);

  const allow = (origin: string, adding: boolean) => {
    // Called straight from the click: the browser asks only in answer to the user.
    const asked = props.permissions.request([sitePattern(origin)]);
    void asked.then(async (ok) => {
      if (!ok) {
        props.announce(`The browser did not allow ${hostOf(origin)}, so it is not checked automatically. You can try again.`);
        return;
      }
      setGranted((g) => ({ ...g, [origin]: true }));
      if (adding) {
        const saved = await props.update((p) => ({ ...p, sites: p.sites.includes(origin) ? p.sites : [...p.sites, origin] }), `Pages on ${hostOf(origin)} will be checked automatically.`);
        if (saved) setText('');
      } else props.announce(`Pages on ${hostOf(origin)} will be checked automatically.`);
    });
  };

  const add = (e: Event) => {
    e.preventDefault();
    const r = parseSiteInput(text);
    if ('error' in r) {
      setError(r.error);
      return document.getElementById('site-input')?.focus();
    }
    if (props.sites.includes(r.origin)) return setError(`${hostOf(r.origin)} is already on the list.`);
    setError(undefined);
    allow(r.origin, true);
  };

  const remove = async (origin: string) => {
    const ok = await props.update((p) => ({ ...p, sites: p.sites.filter((s) => s !== origin) }), `Pages on ${hostOf(origin)} will no longer be checked automatically.`);
    if (ok && !props.keepPermission.some((o) => sitePattern(o) === sitePattern(origin))) {
      await props.permissions.remove([sitePattern(origin)]).catch(() => false);
    }
  };

  return (
    <div>
      {props.sites.length ? (
        <ul class="sites" aria-label="Sites checked automatically">
          {props.sites.map((s) => {
            const locked = props.locked.has(s);
            return (
              <li key={s}>
                <span class="site">{hostOf(s)}</span>
                {locked && <SetByOrganisation />}
                {granted[s] === false && (
                  <>
                    <span class="warning-text">The browser has not allowed this site yet.</span>
                    <button type="button" class="small" onClick={() => allow(s, false)}>
                      Allow {hostOf(s)}
                    </button>
                  </>
                )}
                {locked ? (
                  <span class="hint">{ORG_EXPLANATION}</span>
                ) : (
                  <button type="button" class="small" aria-label={`Stop checking ${hostOf(s)} automatically`} onClick={() => void remove(s)}>
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="empty">No sites are checked automatically. You can still check any page with the toolbar button.</p>
      )}
      <form class="inline-form" onSubmit={add} noValidate>
        <label for="site-input">Site to check automatically</label>
        <p class="hint" id="site-input-hint">For example https://intranet.example.nhs.uk. Your browser will ask you to allow it.</p>
        <div class="row">
          <input id="site-input" type="text" inputMode="url" value={text} autocomplete="off" spellcheck={false}
            aria-invalid={error ? true : undefined} aria-describedby={describedBy('site-input-hint', error && 'site-input-error')}
            onInput={(e) => setText(e.currentTarget.value)} />
          <button type="submit">Add site</button>
        </div>
        <FieldError id="site-input-error" message={error} />
      </form>
    </div>
  );
}
