/**
 * Google Docs addresses, without any HTML parsing, so small bundles (the
 * review state, the background) can recognise a Google Doc cheaply.
 */
const HOST = 'docs.google.com';

export interface GoogleDocRef {
  id: string;
  /** The signed-in account index from /u/<n>/, when the URL has one. */
  account?: string;
  resourceKey?: string;
}

export function parseGoogleDocUrl(url: string): GoogleDocRef | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.hostname !== HOST) return null;
  const m = /^(?:\/a\/[^/]+)?\/document(?:\/u\/(\d+))?\/d\/([\w-]+)(?:\/|$)/.exec(u.pathname);
  if (!m || !m[2] || m[2] === 'e' || m[2].length < 10) return null;
  const ref: GoogleDocRef = { id: m[2] };
  if (m[1]) ref.account = m[1];
  const key = u.searchParams.get('resourcekey');
  if (key && /^[\w-]+$/.test(key)) ref.resourceKey = key;
  return ref;
}

export function exportUrl(ref: GoogleDocRef): string {
  const account = ref.account ? `/u/${ref.account}` : '';
  const key = ref.resourceKey ? `&resourcekey=${encodeURIComponent(ref.resourceKey)}` : '';
  return `https://${HOST}/document${account}/d/${encodeURIComponent(ref.id)}/export?format=html${key}`;
}
