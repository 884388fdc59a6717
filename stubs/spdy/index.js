'use strict';
// restify 11 requires spdy when it loads, and only calls it for servers created with the `spdy`
// option, which the bot never passes. The real spdy loads http-deceiver, which calls
// process.binding('http_parser'), removed in Node 24, so restify could not start there.
exports.createServer = function createServer() {
  throw new Error('SPDY servers are not supported by this build (stubs/spdy).');
};
