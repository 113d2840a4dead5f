import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint';
import {
  exportUrl,
  fetchGoogleDoc,
  googleDocFromHtml,
  parseGoogleDocUrl,
  type FetchLike,
  type FetchResponseLike,
} from '../../src/sources/google-docs';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/google-docs/${name}`, import.meta.url), 'utf8');

const DOC_ID = '1bX9kQe7LmN2pR4sT6vW8yZ0aB3cD5eF7gH9iJ1kL3mN';
const EDIT_URL = `https://docs.google.com/document/d/${DOC_ID}/edit?tab=t.0#heading=h.1a2b3c4d5e6f`;

interface Fake {
  status?: number;
  body?: string;
  url?: string;
  headers?: Record<string, string>;
  throws?: Error;
  textThrows?: boolean;
}

/** A fetch that records its calls and answers as told. */
function fakeFetch(answer: Fake) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn: FetchLike = async (url, init) => {
    calls.push({ url, init });
    if (answer.throws) throw answer.throws;
    const status = answer.status ?? 200;
    const headers = new Headers({ 'content-type': 'text/html; charset=utf-8', ...answer.headers });
    const response: FetchResponseLike = {
      ok: status >= 200 && status < 300,
      status,
      url: answer.url ?? url,
      redirected: !!answer.url && answer.url !== url,
      headers,
      text: async () => {
        if (answer.textThrows) throw new TypeError('network error');
        return answer.body ?? '';
      },
    };
    return response;
  };
  return { fn, calls };
}

describe('parseGoogleDocUrl and exportUrl', () => {
  it('finds the id in editor, viewer and account URLs', () => {
    expect(parseGoogleDocUrl(EDIT_URL)).toEqual({ id: DOC_ID });
    expect(parseGoogleDocUrl(`https://docs.google.com/document/d/${DOC_ID}`)).toEqual({ id: DOC_ID });
    expect(parseGoogleDocUrl(`https://docs.google.com/document/d/${DOC_ID}/preview`)).toEqual({ id: DOC_ID });
    expect(parseGoogleDocUrl(`https://docs.google.com/document/u/0/d/${DOC_ID}/edit`)).toEqual({ id: DOC_ID, account: '0' });
    expect(parseGoogleDocUrl(`https://docs.google.com/a/example.nhs.uk/document/d/${DOC_ID}/edit`)).toEqual({ id: DOC_ID });
    expect(parseGoogleDocUrl(`https://docs.google.com/document/d/${DOC_ID}/edit?usp=sharing&resourcekey=0-AbCdEf_12`)).toEqual({
      id: DOC_ID,
      resourceKey: '0-AbCdEf_12',
    });
  });

  it('turns down anything that is not a Google Doc we can export', () => {
    for (const url of [
      'https://docs.google.com/document/d/e/2PACX-1vQabcdefghijklmnop/pub',
      `https://docs.google.com/spreadsheets/d/${DOC_ID}/edit`,
      `http://docs.google.com/document/d/${DOC_ID}/edit`,
      `https://docs.google.com.evil.example/document/d/${DOC_ID}/edit`,
      `https://evil.example/docs.google.com/document/d/${DOC_ID}`,
      'https://docs.google.com/document/d/edit',
      'https://docs.google.com/document/u/0/',
      'not a url',
    ]) {
      expect(parseGoogleDocUrl(url), url).toBeNull();
    }
  });

  it('builds the same-origin export URL, keeping the account and resource key', () => {
    expect(exportUrl({ id: DOC_ID })).toBe(`https://docs.google.com/document/d/${DOC_ID}/export?format=html`);
    expect(exportUrl({ id: DOC_ID, account: '1', resourceKey: '0-Ab_c' })).toBe(
      `https://docs.google.com/document/u/1/d/${DOC_ID}/export?format=html&resourcekey=0-Ab_c`,
    );
  });
});

describe('googleDocFromHtml', () => {
  const { doc } = googleDocFromHtml(fixture('export.html'), { source: EDIT_URL });
  const blocks = doc.blocks.map((b) => ({ kind: b.kind, level: b.level, text: b.text }));

  it('gives headings, paragraphs, list items and table cells in order', () => {
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Community mental health engagement plan' },
      { kind: 'heading', level: 2, text: 'Draft for the programme board' },
      { kind: 'heading', level: 1, text: 'Purpose' },
      {
        kind: 'paragraph',
        level: undefined,
        text: 'This plan sets out how we will leverage stakeholder engagement to drive transformation of the patient pathway across the ICS footprint.',
      },
      { kind: 'heading', level: 2, text: 'How we will engage' },
      { kind: 'list-item', level: undefined, text: 'An online survey for service users' },
      { kind: 'list-item', level: undefined, text: 'Two focus groups with hard to reach communities' },
      { kind: 'list-item', level: undefined, text: 'Agree the scope' },
      { kind: 'list-item', level: undefined, text: 'Report back to the board' },
      { kind: 'table-cell', level: undefined, text: 'Contact' },
      { kind: 'table-cell', level: undefined, text: 'engagement@example.nhs.uk' },
      { kind: 'paragraph', level: undefined, text: 'Paper copies on request.' },
    ]);
  });

  it('never turns the style sheet, comments or markers into text', () => {
    const all = doc.blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/lst-kix|font-family|counter\(|\{|\}/);
    expect(all).not.toMatch(/\[a\]|\[1\]|This comment must not be checked/);
  });

  it('takes the title from the export and keeps the source', () => {
    expect(doc.meta).toEqual({ source: EDIT_URL, title: 'Community mental health engagement plan' });
  });

  it('works with the browser’s own DOM parser too', () => {
    const viaDom = googleDocFromHtml(fixture('export.html'), {}, { htmlToDocument: (h) => parseHTML(h).document as unknown as Document });
    expect(viaDom.doc.blocks.map((b) => b.text)).toEqual(doc.blocks.map((b) => b.text));
  });

  it('is checked like any other document', () => {
    const report = lint(doc);
    const jargon = report.findings.filter((f) => f.ruleId === 'jargon').map((f) => f.text?.toLowerCase());
    expect(jargon).toEqual(expect.arrayContaining(['leverage']));
  });
});

describe('fetchGoogleDoc', () => {
  it('fetches the export with the user’s session and reads it', async () => {
    const { fn, calls } = fakeFetch({ body: fixture('export.html') });
    const result = await fetchGoogleDoc(EDIT_URL, fn);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(`https://docs.google.com/document/d/${DOC_ID}/export?format=html`);
    expect(calls[0]!.init).toMatchObject({ method: 'GET', credentials: 'include', redirect: 'follow' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.docId).toBe(DOC_ID);
    expect(result.title).toBe('Community mental health engagement plan');
    expect(result.source.doc.blocks[2]).toMatchObject({ kind: 'heading', text: 'Purpose' });
    expect(result.source.locate(result.source.doc.blocks[3]!.id, 5)).toEqual({ offset: null, line: 4, column: 6 });
  });

  const refused = async (answer: Fake, url = EDIT_URL) => {
    const result = await fetchGoogleDoc(url, fakeFetch(answer).fn, { timeoutMs: 1000 });
    if (result.ok) throw new Error('expected a refusal');
    return result;
  };

  it('says when downloading is turned off or access is missing', async () => {
    for (const status of [401, 403]) {
      const r = await refused({ status, body: fixture('forbidden.html') });
      expect(r).toMatchObject({ reason: 'no-permission', status });
      expect(r.message).toMatch(/owner may have turned off downloading/);
      expect(r.message).toMatch(/upload it/);
      expect(r.message).toMatch(/paste it/);
    }
  });

  it('spots a redirect to the sign-in page, and a sign-in page sent in place of the document', async () => {
    const redirected = await refused({ body: fixture('sign-in.html'), url: 'https://accounts.google.com/v3/signin/identifier?continue=x' });
    expect(redirected).toMatchObject({ reason: 'signed-out', status: 200 });
    expect(redirected.message).toMatch(/^Google asked you to sign in/);
    const inPlace = await refused({ body: fixture('sign-in.html') });
    expect(inPlace.reason).toBe('signed-out');
    const old = await refused({ body: '<html><body><form action="https://accounts.google.com/ServiceLogin?service=wise"></form></body></html>' });
    expect(old.reason).toBe('signed-out');
  });

  it('tells a redirect to another site (which fails like a network error) from a real network failure', async () => {
    const calls: RequestInit[] = [];
    const crossSite: FetchLike = async (url, init) => {
      calls.push(init);
      if (init.redirect === 'follow') throw new TypeError('Failed to fetch');
      return { ok: false, status: 0, url: '', redirected: false, type: 'opaqueredirect', headers: new Headers(), text: async () => '' };
    };
    const r = await fetchGoogleDoc(EDIT_URL, crossSite);
    expect(r).toMatchObject({ ok: false, reason: 'redirected', status: null });
    if (!r.ok) expect(r.message).toMatch(/usually its sign-in page.*paste it into Doing With/);
    expect(calls.map((c) => c.redirect)).toEqual(['follow', 'manual']);
  });

  it('names each other refusal plainly and offers pasting or uploading', async () => {
    const cases: [Fake, string, RegExp][] = [
      [{ status: 404, body: 'Not Found' }, 'not-found', /deleted or moved to the bin/],
      [{ status: 429 }, 'busy', /try again in a minute/],
      [{ status: 500 }, 'server-error', /had a problem/],
      [{ status: 503 }, 'server-error', /had a problem/],
      [{ throws: new TypeError('Failed to fetch') }, 'network', /could not reach Google/],
      [{ textThrows: true }, 'network', /could not reach Google/],
      [{ throws: Object.assign(new Error('aborted'), { name: 'AbortError' }) }, 'timeout', /too long/],
      [{ status: 302 }, 'unexpected', /something we did not expect/],
      [{ body: '{"error":1}', headers: { 'content-type': 'application/json' } }, 'unexpected', /something we did not expect/],
      [{ body: 'plain words, no page' }, 'unexpected', /something we did not expect/],
    ];
    for (const [answer, reason, words] of cases) {
      const r = await refused(answer);
      expect(r.reason, reason).toBe(reason);
      expect(r.message).toMatch(words);
      expect(r.message).toMatch(/paste it into Doing With/);
    }
  });

  it('says when the document has no text yet', async () => {
    const r = await refused({ body: fixture('empty-export.html') });
    expect(r).toMatchObject({ reason: 'empty', status: 200 });
    expect(r.message).toBe('This document has no text in it yet, so there is nothing to check. Add some text and try again.');
  });

  it('refuses a huge export without reading it', async () => {
    const r = await refused({ body: '<html><body><p>x</p></body></html>', headers: { 'content-length': String(30 * 1024 * 1024) } });
    expect(r.reason).toBe('too-large');
  });

  it('does not fetch at all for a URL that is not a Google Doc', async () => {
    const { fn, calls } = fakeFetch({ body: fixture('export.html') });
    const r = await fetchGoogleDoc('https://example.org/document/d/abc', fn);
    expect(r).toMatchObject({ ok: false, reason: 'not-a-google-doc', status: null });
    expect(calls).toHaveLength(0);
  });

  it('gives up when Google never answers', async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
      });
    const r = await fetchGoogleDoc(EDIT_URL, hang, { timeoutMs: 20 });
    expect(r).toMatchObject({ ok: false, reason: 'timeout' });
  });
});
