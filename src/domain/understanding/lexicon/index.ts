// The lexicons the understanding runs on: every shipped language plus the language-neutral
// names. All of them run on every message, so an agent can mix languages ("клиент купил
// Office 365 через EA"). To add a language, add its JSON file here.
import { Lexicon } from '../types';
import neutral from './neutral.json';
import enUS from './en-US.json';
import ruRU from './ru-RU.json';
import zhCN from './zh-CN.json';
import ptBR from './pt-BR.json';
import huHU from './hu-HU.json';

/** The lexicon with each "{name}" in its strings replaced by its part of that name (Lexicon.parts). */
function withParts(lexicon: Lexicon): Lexicon {
  const parts = lexicon.parts;
  if (parts === undefined) return lexicon;
  const expand = (value: unknown): unknown => {
    if (typeof value === 'string')
      return value.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
        if (parts[name] === undefined) throw new Error(`lexicon ${lexicon.language}: no part "${name}" for ${whole}`);
        return parts[name];
      });
    if (Array.isArray(value)) return value.map(expand);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]));
    return value;
  };
  return { ...(expand({ ...lexicon, parts: undefined }) as Lexicon), parts };
}

export const LEXICONS: readonly Lexicon[] = ([neutral, enUS, ruRU, zhCN, ptBR, huHU] as Lexicon[]).map(withParts);
