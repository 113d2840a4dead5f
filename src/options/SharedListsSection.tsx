/**
 * Word lists shared by web address: subscribe, see when each last updated
 * (and any problem, in plain words), refresh now, unsubscribe.
 */
import { useState } from 'preact/hooks';
import type { WordList } from '../engine';
import type { Settings, Subscription } from '../storage/schema';
import { refreshSubscriptions, subscribe, subscriptionPattern, unsubscribe } from '../storage/subscriptions';
import { checkSubscriptionUrl } from '../wordlists/subscribe';
import type { OptionsDeps } from './deps';
import { FieldError, describedBy } from './common';
import { whenInWords } from './terms';

export interface SharedListsSectionProps {
  deps: OptionsDeps;
  subscriptions: Subscription[];
  lists: WordList[];
  /** Origins of sites checked automatically, whose permission must be kept. */
  sites: string[];
  update(change: (p: Settings) => Settings, done: string): Promise<boolean>;
  reload(): Promise<void>;
  announce(message: string): void;
}

export function SharedListsSection(props: SharedListsSectionProps) {
  const { deps } = props;
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | null>(null);
  const now = deps.now();

  const add = (e: Event) => {
    e.preventDefault();
    const clean = url.trim();
    const bad = checkSubscriptionUrl(clean);
    const pattern = subscriptionPattern(clean);
    if (bad || !pattern) {
      setError(bad ?? 'Shared lists must use a secure address that starts with https://');
      return document.getElementById('subscribe-url')?.focus();
    }
    setError(undefined);
    // Ask straight from the click: the browser asks only in answer to the user.
    const asked = deps.permissions.request([pattern]);
    setBusy('new');
    void asked
      .then(async (ok) => {
        if (!ok) return setError('The browser did not allow Doing With to reach that address, so nothing was added. You can try again.');
        const r = await subscribe(deps.areas, clean, deps.fetch, deps.now());
        if (!r.ok) {
          setError(`${r.message} Nothing was added.`);
          return document.getElementById('subscribe-url')?.focus();
        }
        setUrl('');
        await props.reload();
        props.announce(`Subscribed. “${r.list.name}” has ${r.list.terms.length} terms and is on.`);
      })
      .finally(() => setBusy(null));
  };

  const refresh = async (sub: Subscription, name: string) => {
    setBusy(sub.listId);
    try {
      const pattern = subscriptionPattern(sub.url);
      const [r] = await refreshSubscriptions(deps.areas, deps.fetch, {
        now: deps.now(),
        force: [sub.listId],
        allowed: () => (pattern ? deps.permissions.contains([pattern]) : Promise.resolve(false)).catch(() => false),
      });
      await props.reload();
      if (!r) return;
      props.announce(
        r.outcome === 'updated'
          ? `“${name}” is up to date.`
          : r.outcome === 'unchanged'
            ? `“${name}” has not changed since it last updated.`
            : `“${name}” could not be updated. ${r.subscription.lastError ?? ''}`,
      );
    } finally {
      setBusy(null);
    }
  };

  const remove = async (sub: Subscription, name: string) => {
    const ok = await props.update((p) => unsubscribe(p, sub.listId), `Unsubscribed from “${name}”. Its words are no longer flagged.`);
    const pattern = subscriptionPattern(sub.url);
    const stillNeeded =
      props.subscriptions.some((s) => s !== sub && subscriptionPattern(s.url) === pattern) ||
      props.sites.some((o) => `${o.replace(/:\d+$/, '')}/*` === pattern);
    if (ok && pattern && !stillNeeded) await deps.permissions.remove([pattern]).catch(() => false);
  };

  return (
    <div>
      <p>
        A team can publish its word list at an <strong>https://</strong> address. Doing With checks it for a new version twice a day and
        keeps the last good copy if the address stops working.
      </p>
      <p class="privacy">
        Fetching shared lists is the only network request Doing With ever makes. It goes only to the address you subscribe to, after you
        allow it, and it never sends any of the text you check.
      </p>
      {props.subscriptions.length > 0 && (
        <ul class="subs">
          {props.subscriptions.map((sub) => {
            const list = props.lists.find((l) => l.id === sub.listId);
            const name = list?.name ?? 'Shared list';
            return (
              <li key={sub.listId} class="sub">
                <h3>{name}</h3>
                <p class="url">{sub.url}</p>
                <p>
                  {sub.lastUpdated ? `Last updated ${whenInWords(sub.lastUpdated, now)}.` : 'Not updated yet.'}
                  {list && ` ${list.terms.length} terms${list.enabled ? '' : ' (turned off)'}.`}
                </p>
                {sub.lastError && (
                  <p class="warning-box">
                    <strong>The last update did not work{sub.lastTried ? ` (${whenInWords(sub.lastTried, now)})` : ''}.</strong> {sub.lastError}
                    {sub.lastUpdated && ' We are still using the last good copy.'}
                  </p>
                )}
                <div class="row">
                  <button type="button" disabled={busy === sub.listId} onClick={() => void refresh(sub, name)}>
                    {busy === sub.listId ? 'Refreshing…' : 'Refresh now'}
                    <span class="visually-hidden"> ({name})</span>
                  </button>
                  <button type="button" onClick={() => void remove(sub, name)}>
                    Unsubscribe<span class="visually-hidden"> from {name}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <form class="inline-form" onSubmit={add} noValidate>
        <h3>Subscribe to a shared list</h3>
        <label for="subscribe-url">Web address of the list</label>
        <p class="hint" id="subscribe-url-hint">A CSV or JSON word list, for example https://intranet.example.nhs.uk/words.csv</p>
        <div class="row">
          <input id="subscribe-url" type="url" value={url} autocomplete="off" spellcheck={false}
            aria-invalid={error ? true : undefined} aria-describedby={describedBy('subscribe-url-hint', error && 'subscribe-url-error')}
            onInput={(e) => setUrl(e.currentTarget.value)} />
          <button type="submit" disabled={busy === 'new'}>{busy === 'new' ? 'Subscribing…' : 'Subscribe'}</button>
        </div>
        <FieldError id="subscribe-url-error" message={error} />
      </form>
    </div>
  );
}
