/**
 * bin/doing-with.js starts the command from the start-up snapshot only when the snapshot can load
 * (same Node, same machine type, no other V8 options) and it pays (a check, not --help or
 * --version), and then with the V8 options the snapshot was built with.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
// @ts-expect-error: a plain JavaScript module without types
import { snapshotCommand as untyped } from '../../bin/snapshot-command.cjs';

interface How {
  dist: string;
  stamp: Record<string, unknown> | null;
  blobExists: () => boolean;
  env: Record<string, string | undefined>;
  execArgv: string[];
  node?: { version: string; arch: string; platform: string };
}
const snapshotCommand = untyped as (args: string[], how: How) => string[] | null;

const node = { version: 'v20.99.0', arch: 'x64', platform: 'linux' };
const stamp = { node: 'v20.99.0', arch: 'x64', platform: 'linux', v8Flags: ['--no-rehash-snapshot'], warmUp: 'document' };
const dist = join('somewhere', 'dist', 'cli');
const how = (over: Partial<How> = {}): How => ({ dist, stamp, blobExists: () => true, env: {}, execArgv: [], node, ...over });

describe('snapshotCommand', () => {
  it('starts a check from the snapshot, with the V8 options it was built with first', () => {
    expect(snapshotCommand(['check', 'plan.txt'], how())).toEqual(['--no-rehash-snapshot', '--snapshot-blob', join(dist, 'engine.blob'), dist, 'check', 'plan.txt']);
  });

  it('starts a snapshot from before V8 options were listed without any', () => {
    const { v8Flags: _, ...older } = stamp;
    expect(snapshotCommand(['check', 'plan.txt'], how({ stamp: older }))).toEqual(['--snapshot-blob', join(dist, 'engine.blob'), dist, 'check', 'plan.txt']);
  });

  it('runs the plain bundle for help, the version and anything but a check', () => {
    for (const args of [['--version'], ['--help'], ['check', '--help'], ['check', '-h'], ['check', 'a.txt', '--version'], [], ['lint', 'a.txt']]) {
      expect(snapshotCommand(args, how()), args.join(' ')).toBeNull();
    }
  });

  it('runs the plain bundle when the snapshot cannot load here', () => {
    expect(snapshotCommand(['check', 'a.txt'], how({ stamp: null }))).toBeNull();
    expect(snapshotCommand(['check', 'a.txt'], how({ node: { ...node, version: 'v22.1.0' } }))).toBeNull();
    expect(snapshotCommand(['check', 'a.txt'], how({ node: { ...node, arch: 'arm64' } }))).toBeNull();
    expect(snapshotCommand(['check', 'a.txt'], how({ node: { ...node, platform: 'win32' } }))).toBeNull();
    expect(snapshotCommand(['check', 'a.txt'], how({ blobExists: () => false }))).toBeNull();
  });

  it('runs the plain bundle under other V8 or Node options, or when asked to', () => {
    expect(snapshotCommand(['check', 'a.txt'], how({ env: { NODE_OPTIONS: '--max-old-space-size=100' } }))).toBeNull();
    expect(snapshotCommand(['check', 'a.txt'], how({ execArgv: ['--inspect'] }))).toBeNull();
    expect(snapshotCommand(['check', 'a.txt'], how({ env: { DOING_WITH_NO_SNAPSHOT: '1' } }))).toBeNull();
  });

  it('runs the plain bundle when the stamp lists options that are not plain V8 options', () => {
    for (const v8Flags of [['--no-rehash-snapshot', 'check'], ['--eval=process.exit()'], ['-e'], [3], '--no-rehash-snapshot']) {
      expect(snapshotCommand(['check', 'a.txt'], how({ stamp: { ...stamp, v8Flags } })), JSON.stringify(v8Flags)).toBeNull();
    }
  });
});
