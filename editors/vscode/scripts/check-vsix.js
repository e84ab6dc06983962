#!/usr/bin/env node
// Lists a .vsix (a zip file) and checks that it holds what the extension needs.
// Plain node, no dependencies: `unzip` is not on a fresh Debian.
//
//   node scripts/check-vsix.js isnad-0.1.0.vsix
'use strict';

const fs = require('node:fs');
const zlib = require('node:zlib');

const REQUIRED_FILES = [
  'extension/dist/extension.js',
  'extension/package.json',
  'extension/package.nls.json',
  'extension/package.nls.ar.json',
  'extension/media/preview-rtl.css',
];
// Only these may be in the package (besides the two zip-level manifest files).
const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/dist\/extension\.js$/,
  /^extension\/media\/[^/]+$/,
  /^extension\/package(\.nls(\.[a-z-]+)?)?\.json$/,
  /^extension\/readme\.md$/i,
  /^extension\/(LICENSE|LICENSE\.txt)$/,
];
const REQUIRED_SETTINGS = ['isnad.path'];
const REQUIRED_COMMANDS = ['isnad.restart', 'isnad.fixAll', 'isnad.showReview', 'isnad.showWorkspaceReview'];

/** Read the central directory of a zip file: name, method, sizes, local header offset. */
function readZip(buf) {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry ${n}`);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.push({ name, method, compressedSize, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function extract(buf, entry) {
  const p = entry.offset;
  if (buf.readUInt32LE(p) !== 0x04034b50) throw new Error(`bad local header for ${entry.name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) return zlib.inflateRawSync(data);
  throw new Error(`unsupported compression method ${entry.method} for ${entry.name}`);
}

function main(file) {
  const buf = fs.readFileSync(file);
  const entries = readZip(buf);
  const problems = [];

  console.log(`${file}: ${entries.length} entries, ${buf.length} bytes`);
  for (const e of entries) console.log(`${String(e.size).padStart(10)}  ${e.name}`);

  const names = new Set(entries.map((e) => e.name));
  for (const f of REQUIRED_FILES) if (!names.has(f)) problems.push(`missing ${f}`);
  for (const e of entries) {
    if (!ALLOWED.some((re) => re.test(e.name))) problems.push(`unexpected file ${e.name}`);
  }

  const pkgEntry = entries.find((e) => e.name === 'extension/package.json');
  if (pkgEntry) {
    const pkg = JSON.parse(extract(buf, pkgEntry).toString('utf8'));
    const c = pkg.contributes || {};
    const settings = Object.keys((c.configuration && c.configuration.properties) || {});
    const commands = (c.commands || []).map((x) => x.command);
    for (const s of REQUIRED_SETTINGS) if (!settings.includes(s)) problems.push(`package.json does not contribute setting ${s}`);
    for (const k of REQUIRED_COMMANDS) if (!commands.includes(k)) problems.push(`package.json does not contribute command ${k}`);
    const styles = c['markdown.previewStyles'] || [];
    if (!styles.includes('./media/preview-rtl.css')) problems.push('package.json does not contribute markdown.previewStyles ./media/preview-rtl.css');
    console.log(`package.json: ${pkg.publisher}.${pkg.name} ${pkg.version}; settings: ${settings.join(' ')}; commands: ${commands.join(' ')}; previewStyles: ${styles.join(' ')}`);
  }

  const arEntry = entries.find((e) => e.name === 'extension/package.nls.ar.json');
  if (arEntry) {
    const ar = JSON.parse(extract(buf, arEntry).toString('utf8'));
    for (const k of ['command.restart', 'command.showReview', 'command.showWorkspaceReview']) {
      if (!/[\u0600-\u06FF]/.test(ar[k] || '')) problems.push(`package.nls.ar.json has no Arabic title for ${k}`);
    }
  }

  if (problems.length) {
    for (const p of problems) console.error(`check-vsix: ${p}`);
    process.exit(1);
  }
  console.log('vsix check: contents OK');
}

if (process.argv.length !== 3) {
  console.error('usage: node scripts/check-vsix.js FILE.vsix');
  process.exit(2);
}
main(process.argv[2]);
