// Static files of the page: the Web Chat bundle and our own small script and stylesheet, all in
// the assets/ folder beside this module. The build copies them there (dist/src/hosting/webchat/
// assets/, see scripts/copy-page-assets.ts), so a production tree needs no botframework-webchat
// package; run from the sources (tsx), the bundle is taken from the installed package instead. Each is read once, kept in memory with a content hash for its URL, and
// served with a long cache lifetime (the hash changes when the file does).
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import * as restify from 'restify';
import { SERVED_GZIP_LEVEL, acceptsGzip, assetHeaders, matchesEtag } from '../../conversation/pages/pageAnswers';

export interface Asset {
  /** URL path the page refers to, with `?v=<hash>` so a new version is a new URL. */
  url: string;
  contentType: string;
  body: Buffer;
  etag: string;
  gzipped(): Buffer;
}

export function makeAsset(route: string, contentType: string, body: Buffer): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  let gz: Buffer | undefined;
  return {
    url: `${route}?v=${hash}`,
    contentType,
    body,
    etag: `"${hash}"`,
    gzipped: () => (gz ??= gzipSync(body, { level: SERVED_GZIP_LEVEL })),
  };
}

/** Name of the Web Chat bundle in the assets folder and in the package's dist/. */
export const WEBCHAT_BUNDLE = 'webchat.js';

/** Our own files and, after a build, the Web Chat bundle. */
export const ASSETS_DIR = path.join(__dirname, 'assets');

/** The Web Chat UMD bundle: the built copy, else the package's; undefined when neither exists. */
function webChatBundlePath(): string | undefined {
  const built = path.join(ASSETS_DIR, WEBCHAT_BUNDLE);
  if (fs.existsSync(built)) return built;
  try {
    // The package exports only its entry point; the bundle sits beside it in dist/.
    const entry = require.resolve('botframework-webchat');
    let dir = path.dirname(entry);
    while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
    const file = path.join(dir, 'dist', WEBCHAT_BUNDLE);
    return fs.existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

export interface PageAssets {
  webChat: Asset;
  script: Asset;
  style: Asset;
}

let cached: PageAssets | null | undefined;

/** Reads the files once per process; null when the Web Chat bundle is missing. */
export function loadPageAssets(): PageAssets | null {
  if (cached !== undefined) return cached;
  const bundle = webChatBundlePath();
  if (!bundle) return (cached = null);
  cached = {
    webChat: makeAsset('/assets/webchat.js', 'application/javascript; charset=utf-8', fs.readFileSync(bundle)),
    script: makeAsset('/assets/chat.js', 'application/javascript; charset=utf-8', fs.readFileSync(path.join(ASSETS_DIR, 'chat.js'))),
    style: makeAsset('/assets/chat.css', 'text/css; charset=utf-8', fs.readFileSync(path.join(ASSETS_DIR, 'chat.css'))),
  };
  return cached;
}

export function serveAsset(asset: Asset): restify.RequestHandler {
  return (req: restify.Request, res: restify.Response, next: restify.Next) => {
    const headers = assetHeaders(asset.contentType, asset.etag);
    // Another version asked for (a page from another instance during a deploy): served, but not
    // kept, so no cache holds this file under that version's URL for a year.
    const asked = new URL(req.url ?? '/', 'http://asset.invalid').searchParams.get('v');
    if (asked !== null && `"${asked}"` !== asset.etag) headers['Cache-Control'] = 'no-store';
    if (matchesEtag(req.headers['if-none-match'], asset.etag)) {
      res.writeHead(304, headers);
      res.end();
      return next(false);
    }
    const gzip = acceptsGzip(req.headers['accept-encoding']);
    const body = gzip ? asset.gzipped() : asset.body;
    if (gzip) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(body);
    return next(false);
  };
}
