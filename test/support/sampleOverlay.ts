// The sample overlay (examples/overlay) as tests use it: where it is, what it says per language,
// the deployment content the app loads from it, a copy without a language, and a sentence per
// language that reaches a G1 result in one go.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadConfig } from '../../src/config';
import { loadDeploymentContent } from '../../src/hosting/content/loadContent';
import type { DeploymentContent } from '../../src/domain/deploymentContent';
import type { LocaleTag } from '../../src/domain/locales';
import type { OverlayLanguage } from '../../src/domain/overlay';
import { captureLogger } from './inProcess';
import { PROJECT_ROOT } from './paths';
import utterances from '../data/utterances.json';

export const SAMPLE_OVERLAY = path.join(PROJECT_ROOT, 'examples', 'overlay');

/** One language file of the sample overlay, read as it is on disk. */
export function sampleLanguage(locale: LocaleTag, dir = SAMPLE_OVERLAY): OverlayLanguage {
  return JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as OverlayLanguage;
}

/** The partner's name and first G1 step in a language: what a G1 result must show. */
export function sampleG1(locale: LocaleTag): { name: string; step: string; contact: string } {
  const language = sampleLanguage(locale);
  return { name: language.name, step: language.rows!.G1!.steps![0]!, contact: language.contact! };
}

/** The deployment's content as the app loads it at start-up with CONTENT_OVERLAY set. */
export function contentFrom(dir: string): DeploymentContent {
  return loadDeploymentContent(loadConfig({ CONTENT_OVERLAY: dir }), captureLogger('silent').logger).content;
}

/** A copy of the sample overlay without some languages' files (removed by `remove`). */
export function sampleWithout(...locales: LocaleTag[]): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overlay-'));
  for (const name of fs.readdirSync(SAMPLE_OVERLAY))
    if (name.endsWith('.json') && !locales.some((l) => name === `${l}.json`)) fs.copyFileSync(path.join(SAMPLE_OVERLAY, name), path.join(dir, name));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** One full statement per language that leads to G1: M365 through an EA, support, direct-bill, commercial cloud. */
const G1_UTTERANCES: Record<LocaleTag, string> = { 'en-US': 'en-029', 'hu-HU': 'hu-022', 'pt-BR': 'pt-022', 'ru-RU': 'ru-028', 'zh-CN': 'zh-021' };

export function g1Sentence(locale: LocaleTag): string {
  const found = utterances.utterances.find((u) => u.id === G1_UTTERANCES[locale]);
  if (!found) throw new Error(`utterance ${G1_UTTERANCES[locale]} is missing`);
  return found.text;
}
