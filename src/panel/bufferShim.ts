// The side panel's stand-in for the Node `Buffer` polyfill that @microsoft/teams-js bundles, put in
// its place by the page's bundle (scripts/lib/panelBundle.ts). The polyfill is 7 KB of the page's
// 300 KB gzipped budget for one use: the library turns a base64 file body into text with
// `Buffer.from(body, 'base64').toString()` (never on the page's path: it only signs in and reads
// its context). test/panel/bufferShim.test.ts holds this equal to Node's Buffer there, and fails
// if the library ever uses the polyfill in another way.

/** What `Buffer.from(text, 'base64')` is used for: its bytes read back as UTF-8 text. */
export interface DecodedBase64 {
  toString(): string;
}

export const Buffer = {
  from(text: string, encoding: 'base64'): DecodedBase64 {
    if (encoding !== 'base64') throw new TypeError(`only base64 is decoded here, not ${String(encoding)}`);
    return { toString: () => new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0))) };
  },
};
