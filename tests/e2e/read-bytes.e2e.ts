/**
 * The side panel's file path in a real browser: src/sources/read-bytes.ts
 * bundled for the browser (no Node built-ins, mammoth's and pdf.js's browser
 * builds) and run in Chromium on the real fixture files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { readBytes } from '../../src/sources/read-bytes';
import { readSource } from '../../src/sources/read-file';
import { useBrowser } from './harness';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILES = `${ROOT}tests/fixtures/files/`;

const { browser } = useBrowser({ extension: false });
let page: Page;
let bundle: string;

beforeAll(async () => {
  const out = await build({
    stdin: {
      contents: `import { readBytes, usePdfWorker } from './src/sources/read-bytes';
        Object.assign(globalThis, { readBytes, usePdfWorker });`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  bundle = out.outputFiles[0]!.text;
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: bundle, type: 'module' });
  await page.waitForFunction(() => 'readBytes' in globalThis);
  await page.evaluate(() => (globalThis as unknown as { usePdfWorker(): Promise<void> }).usePdfWorker());
});


interface Outcome {
  ok: boolean;
  reason?: string;
  message?: string;
  blocks?: [string, number | null, string][];
}

async function readInBrowser(name: string, bytes: Uint8Array): Promise<Outcome> {
  return page.evaluate(
    async ({ name, data }) => {
      const read = (globalThis as unknown as { readBytes: typeof readBytes }).readBytes;
      const r = await read(new Uint8Array(data), name);
      if (!r.ok) return { ok: false, reason: r.reason, message: r.message };
      return { ok: true, blocks: r.source.doc.blocks.map((b) => [b.kind, b.level ?? null, b.text]) };
    },
    { name, data: Array.from(bytes) },
  );
}

const file = (name: string) => new Uint8Array(readFileSync(`${FILES}${name}`));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('reading uploads in the browser', () => {
  it('bundles with no Node built-ins', () => {
    expect(bundle).not.toMatch(/from\s*["']node:|require\(["'](?:fs|path|os|zlib)["']\)/);
  });

  it('carries no HTML parser of its own: HTML and Word files are read with the browser’s DOMParser', () => {
    expect(bundle).not.toContain('node_modules/linkedom/');
  });

  it('reads a Word document with mammoth’s browser build', async () => {
    const r = await readInBrowser('plan.docx', file('sample.docx'));
    expect(r.ok).toBe(true);
    expect(r.blocks!.slice(0, 4)).toEqual([
      ['heading', 1, 'Community transport engagement plan'],
      ['heading', 2, 'Why we are doing this'],
      ['paragraph', null, 'We want to leverage stakeholder insight to inform the ICB going forward.'],
      ['list-item', null, 'Run two workshops in March'],
    ]);
    const inNode = (await readSource('plan.docx', file('sample.docx'))).source.doc.blocks.map((b) => [b.kind, b.level ?? null, b.text]);
    expect(r.blocks).toEqual(inNode);
  });

  it('reads a PDF with pdf.js running in the page', async () => {
    const r = await readInBrowser('plan.pdf', file('sample.pdf'));
    expect(r.ok).toBe(true);
    expect(r.blocks![0]).toEqual(['heading', 1, 'Changes to community nursing']);
    expect(r.blocks!.some(([kind]) => kind === 'list-item')).toBe(true);
    // Exactly what the command line reads from the same file.
    const inNode = (await readSource('plan.pdf', file('sample.pdf'))).source.doc.blocks.map((b) => [b.kind, b.level ?? null, b.text]);
    expect(r.blocks).toEqual(inNode);
  });

  it('reads whole web pages as the command line does', async () => {
    const pages = ['examples/library-hours-page.html', 'examples/meeting-invitation.html', 'tests/e2e/fixtures/consultation.html', 'tests/e2e/fixtures/shape.html'];
    for (const path of pages) {
      const bytes = new Uint8Array(readFileSync(`${ROOT}${path}`));
      const inNode = (await readSource('page.html', bytes)).source.doc.blocks.map((b) => [b.kind, b.level ?? null, b.text]);
      expect(inNode.length, path).toBeGreaterThan(1);
      expect((await readInBrowser('page.html', bytes)).blocks, path).toEqual(inNode);
    }
  });

  it('reads web pages, Markdown and text', async () => {
    expect((await readInBrowser('a.html', utf8('<h2>Plan</h2><ul><li>One step</li></ul>'))).blocks).toEqual([
      ['heading', 2, 'Plan'],
      ['list-item', null, 'One step'],
    ]);
    expect((await readInBrowser('a.md', utf8('# Plan\n\n- One step\n'))).blocks).toEqual([
      ['heading', 1, 'Plan'],
      ['list-item', null, 'One step'],
    ]);
    expect((await readInBrowser('a.txt', utf8('Going forward we will engage.'))).blocks).toEqual([['paragraph', null, 'Going forward we will engage.']]);
  });

  it('explains encrypted, damaged, empty and unsupported files', async () => {
    const cases: [string, Uint8Array, string][] = [
      ['locked.pdf', file('encrypted.pdf'), 'encrypted'],
      ['broken.docx', file('corrupt.docx'), 'corrupt'],
      ['broken.pdf', file('corrupt.pdf'), 'corrupt'],
      ['scan.pdf', file('scanned.pdf'), 'no-text'],
      ['empty.txt', new Uint8Array(), 'empty'],
      ['photo.jpg', utf8('x'), 'unsupported'],
    ];
    for (const [name, bytes, reason] of cases) {
      const r = await readInBrowser(name, bytes);
      expect(r, name).toMatchObject({ ok: false, reason });
      expect(r.message).toContain(`‘${name}’`);
    }
  });
});
