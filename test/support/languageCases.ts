// Conversations in each language, written by hand as a partner would type them. Their verdicts
// are edition 2020's (the seeds): the suites that walk them pin POLICY_EDITION=2020.
import { LocaleTag } from '../../src/domain/locales';

export interface LanguageCase {
  locale: LocaleTag;
  /** Typed answers, in order. */
  typed: string[];
  typedRow: string;
  typedVerdict: string;
  /** Options clicked on the cards, in order. */
  clicked: string[];
  clickedRow: string;
  clickedVerdict: string;
  /** The lower-case segment learn.microsoft.com links must carry. */
  segment: string;
  /** A word of the language that the welcome card must contain. */
  welcomeWord: RegExp;
}

export const LANGUAGE_CASES: LanguageCase[] = [
  {
    locale: 'en-US',
    segment: '/en-us/',
    welcomeWord: /customer/i,
    typed: ['commercial', 'EA', 'Azure', 'direct'],
    typedRow: 'G3',
    typedVerdict: 'eligible',
    clicked: ['usgov', 'otherCsp', 'license', 'move', 'indirectReseller'],
    clickedRow: 'G6',
    clickedVerdict: 'notYet',
  },
  {
    locale: 'ru-RU',
    segment: '/ru-ru/',
    welcomeWord: /клиент/i,
    typed: ['коммерческое облако', 'клиент купил через соглашение EA', 'Azure', 'косвенный торговый посредник'],
    typedRow: 'G3',
    typedVerdict: 'eligible',
    clicked: ['global', 'microsoft', 'license', 'support', 'direct'],
    clickedRow: 'G1',
    clickedVerdict: 'eligible',
  },
  {
    locale: 'zh-CN',
    segment: '/zh-cn/',
    welcomeWord: /客户/,
    typed: ['商业云', '企业协议', '许可证', '转移', '直接'],
    typedRow: 'G2',
    typedVerdict: 'notYet',
    clicked: ['global', 'syndication', 'usage', 'indirectProvider'],
    clickedRow: 'G7',
    clickedVerdict: 'notEligible',
  },
  {
    locale: 'pt-BR',
    segment: '/pt-br/',
    welcomeWord: /cliente/i,
    typed: ['nuvem comercial', 'outro parceiro CSP', 'licenças', 'suporte', 'revendedor indireto'],
    typedRow: 'G5',
    typedVerdict: 'notCovered',
    clicked: ['global', 'otherCsp', 'usage', 'direct'],
    clickedRow: 'G4',
    clickedVerdict: 'eligible',
  },
  {
    locale: 'hu-HU',
    segment: '/hu-hu/',
    welcomeWord: /ügyfele/i,
    typed: ['kereskedelmi', 'kozvetlenul a Microsofttol', 'licenc', 'tamogatas', 'kozvetett szolgaltato'],
    typedRow: 'G1',
    typedVerdict: 'eligible',
    clicked: ['china', 'vianet', 'license', 'support', 'indirectReseller'],
    clickedRow: 'C3',
    clickedVerdict: 'eligible',
  },
];
