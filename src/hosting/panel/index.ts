// The side panel for Teams calls and meetings (and the app's personal tab): GET /panel, its two
// files, each language's texts the page fetches and the deployment's content (content.ts). The page runs the advisor itself (src/panel),
// so these routes only serve what is fixed at start-up: no state, no bot, nothing anonymous
// reaches the bot through them.
import * as fs from 'fs';
import * as path from 'path';
import * as restify from 'restify';
import { AppConfig } from '../../config';
import { Logger } from '../logging/logger';
import { Asset, makeAsset, serveAsset } from '../webchat/assets';
import { negotiateLocale } from '../../conversation/pages/webChatPage';
import { LOCALES, LocaleTag } from '../../domain/locales';
import { PANEL_READER_ROUTE, panelTextsRoute } from '../../panel/panelTexts';
import { panelContentSecurityPolicy, renderPanelPage, themeFrom } from '../../conversation/pages/panelPage';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { pageHeaders } from '../../conversation/pages/pageAnswers';
import { registerPanelContent } from './content';
import { PanelCasesDeps, registerPanelCases } from './cases';

export { EntraTokenVerifier } from './entraToken';

export const PANEL_PATH = '/panel';
export const PANEL_SCRIPT_PATH = '/panel/panel.js';
export const PANEL_STYLE_PATH = '/panel/panel.css';

/** The built bundle and stylesheet (dist/src/hosting/panel/assets/, see scripts/copy-page-assets.ts). */
export const PANEL_ASSETS_DIR = path.join(__dirname, 'assets');

export interface PanelAssets {
  script: Asset;
  style: Asset;
  /** The texts of the languages the bundle does not carry whole, each fetched by the page (texts/<locale>.json). */
  texts: Partial<Record<LocaleTag, Asset>>;
  /** The free-text reader (reader.js), fetched by the page once its first card is up. */
  reader?: Asset;
}

let cached: PanelAssets | null | undefined;

/** Reads the files once per process; null when the bundle was not built (run from the sources). */
export function loadPanelAssets(dir: string = PANEL_ASSETS_DIR): PanelAssets | null {
  if (cached !== undefined && dir === PANEL_ASSETS_DIR) return cached;
  const script = path.join(dir, 'panel.js');
  const style = path.join(dir, 'panel.css');
  const reader = path.join(dir, 'reader.js');
  const found =
    fs.existsSync(script) && fs.existsSync(style)
      ? {
          script: makeAsset(PANEL_SCRIPT_PATH, 'application/javascript; charset=utf-8', fs.readFileSync(script)),
          style: makeAsset(PANEL_STYLE_PATH, 'text/css; charset=utf-8', fs.readFileSync(style)),
          texts: Object.fromEntries(
            LOCALES.flatMap((locale) => {
              const file = path.join(dir, 'texts', `${locale}.json`);
              return fs.existsSync(file) ? [[locale, makeAsset(panelTextsRoute(locale), 'application/json; charset=utf-8', fs.readFileSync(file))]] : [];
            }),
          ),
          ...(fs.existsSync(reader) ? { reader: makeAsset(PANEL_READER_ROUTE, 'application/javascript; charset=utf-8', fs.readFileSync(reader)) } : {}),
        }
      : null;
  if (dir === PANEL_ASSETS_DIR) cached = found;
  return found;
}

export interface PanelDeps {
  config: Pick<AppConfig, 'presetCloud' | 'policyEdition'>;
  logger: Logger;
  /** The partner's overlay and the rows due for review, served to the page (panel content route). */
  content?: DeploymentContent;
  assets?: PanelAssets | null;
  /** My cases for the signed-in partner: where the actions are on and Teams signs partners in (SSO_APP_ID). */
  cases?: Omit<PanelCasesDeps, 'logger'>;
}

/** Mounts the panel; false (and one warning) when its bundle is missing. */
export function registerPanel(server: restify.Server, deps: PanelDeps): boolean {
  const assets = deps.assets === undefined ? loadPanelAssets() : deps.assets;
  if (!assets) {
    deps.logger.warn('The side panel is off: its bundle was not built (npm run build).');
    return false;
  }
  const preset = deps.config.presetCloud ? { cloud: deps.config.presetCloud } : {};
  const edition = deps.config.policyEdition;
  const csp = panelContentSecurityPolicy();
  // The page depends on the language and the theme alone (it carries no nonce): each of those
  // few combinations is rendered once.
  const pages = new Map<string, string>();
  server.get(PANEL_PATH, (req: restify.Request, res: restify.Response, next: restify.Next) => {
    const query = new URL(req.url ?? '/', 'http://panel.invalid').searchParams;
    const { locale } = negotiateLocale(query.get('locale') ?? undefined, req.headers['accept-language']);
    const theme = themeFrom(query.get('theme'));
    const key = `${locale}|${theme}`;
    let html = pages.get(key);
    if (html === undefined) {
      html = renderPanelPage({
        locale,
        theme,
        preset,
        edition,
        script: assets.script,
        style: assets.style,
        texts: assets.texts,
        ...(assets.reader ? { reader: assets.reader } : {}),
      });
      pages.set(key, html);
    }
    res.writeHead(200, pageHeaders('panel', csp, locale));
    res.end(html);
    next(false);
  });
  server.get(PANEL_SCRIPT_PATH, serveAsset(assets.script));
  server.get(PANEL_STYLE_PATH, serveAsset(assets.style));
  if (assets.reader) server.get(PANEL_READER_ROUTE, serveAsset(assets.reader));
  // One fixed route per file: no path is made from the request.
  for (const locale of LOCALES) {
    const texts = assets.texts[locale];
    if (texts) server.get(panelTextsRoute(locale), serveAsset(texts));
  }
  registerPanelContent(server, deps.content);
  if (deps.cases) registerPanelCases(server, { ...deps.cases, logger: deps.logger });
  return true;
}

/** Where the panel is: said once listening, like the Web Chat page. */
export function announcePanel(logger: Logger): void {
  logger.info({ path: PANEL_PATH }, 'Side panel page on /panel');
}
