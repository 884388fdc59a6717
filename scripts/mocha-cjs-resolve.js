// Preloaded by `npm run test:mutation` only. Mocha 12 ships its command-line internals as .cjs
// files, and the mutation runner's mocha plugin (10.0.0) still loads them without an extension;
// letting require() also try .cjs makes those loads resolve. Drop this once the plugin looks the
// files up itself (stryker-js pull request 6205).
require.extensions['.cjs'] = require.extensions['.js'];
