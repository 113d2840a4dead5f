/**
 * bin/doing-with.js asks this whether to start the command from the start-up snapshot
 * (dist/cli/engine.blob), and with which Node arguments. Kept apart so tests can ask it too.
 * CommonJS, like the launcher: Node starts a CommonJS file faster than an ES module.
 */
'use strict';
const { join } = require('node:path');

/**
 * The arguments for a second Node that runs the command from the snapshot, or null to run the
 * plain bundle in this process. The snapshot loads only in the Node that built it and only under
 * the V8 options it was built with (`stamp`, from dist/cli/snapshot.json, names both), so not
 * under extra options either. It pays only when documents are checked: loading it costs more than
 * `--help` or `--version` take.
 */
function snapshotCommand(args, { dist, stamp, blobExists, env, execArgv, node = process }) {
  if (args[0] !== 'check' || args.some((a) => a === '--help' || a === '-h' || a === '--version')) return null;
  if (env.DOING_WITH_NO_SNAPSHOT || env.NODE_OPTIONS || execArgv.length) return null;
  if (!stamp || stamp.node !== node.version || stamp.arch !== node.arch || stamp.platform !== node.platform) return null;
  if (!blobExists()) return null;
  // A stamp from before snapshots were built with options has none; one we cannot read is not used.
  const flags = stamp.v8Flags ?? [];
  if (!Array.isArray(flags) || !flags.every((f) => typeof f === 'string' && /^--[a-z][a-z-]*$/.test(f))) return null;
  return [...flags, '--snapshot-blob', join(dist, 'engine.blob'), dist, ...args];
}

module.exports = { snapshotCommand };
