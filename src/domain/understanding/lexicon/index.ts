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

export const LEXICONS: readonly Lexicon[] = [neutral, enUS, ruRU, zhCN, ptBR, huHU] as Lexicon[];
