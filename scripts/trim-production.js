// Runs after `npm prune --omit=dev` (npm run prune:production): removes the source maps the
// dependencies ship (*.map, about 26 MB in some 4,000 files). The production tree never reads them
// (Node runs it without --enable-source-maps), and they would take it over its 300 MB on disk.
// Plain JavaScript with no dependency: it runs in a tree that no longer has the dev dependencies.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', 'node_modules');

/** Deletes every *.map file below `dir`; returns how many and their bytes. */
function trim(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = trim(full);
      files += inner.files;
      bytes += inner.bytes;
    } else if (entry.isFile() && entry.name.endsWith('.map')) {
      bytes += fs.statSync(full).size;
      fs.rmSync(full);
      files += 1;
    }
  }
  return { files, bytes };
}

if (!fs.existsSync(root)) {
  console.error('trim-production: no node_modules here: run npm ci first.');
  process.exitCode = 1;
} else {
  const { files, bytes } = trim(root);
  console.log(`trim-production: ${files} source maps removed from node_modules (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
}
