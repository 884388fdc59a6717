// The texts of the actions' failures in every language: each failure kind and each action's name
// filled in, nothing left in braces, and no language showing en-US's words.
import { strict as assert } from 'assert';
import { ACTION_FAILURE_KINDS, ActionFailure, ActionFailureKind, ACTION_KINDS } from '../../src/domain/actions';
import { catalogFor } from '../../src/domain/textCatalog';
import { LOCALES } from '../../src/domain/locales';
import { GDAP_GRAPH_PERMISSION, actionName, failureText } from '../../src/conversation/actions/actionTexts';

const SAMPLES: Record<ActionFailureKind, ActionFailure[]> = {
  unauthorized: [{ kind: 'unauthorized' }],
  mfaRequired: [{ kind: 'mfaRequired' }],
  forbidden: [
    { kind: 'forbidden', missing: 'adminAgent' },
    { kind: 'forbidden', missing: 'graphPermission' },
  ],
  notFound: [{ kind: 'notFound' }],
  conflict: [{ kind: 'conflict' }],
  throttled: [{ kind: 'throttled', retryAfterSeconds: 42 }],
  unavailable: [{ kind: 'unavailable', status: 503 }],
  timeout: [{ kind: 'timeout' }],
  rejected: [{ kind: 'rejected', status: 400 }],
};
const ADMIN_AGENT: Record<string, string> = {
  'en-US': 'Admin agent',
  // Lower case in running text, as Microsoft's Hungarian pages write role names (translation review of 24 November 2026).
  'hu-HU': 'rendszergazdai ügynök',
  'pt-BR': 'Agente administrativo',
  'ru-RU': 'Агент администратора',
  'zh-CN': '管理员代理',
};

describe('action texts', () => {
  const english = catalogFor('en-US');

  for (const locale of LOCALES) {
    describe(locale, () => {
      const catalog = catalogFor(locale);
      const all = ACTION_FAILURE_KINDS.flatMap((k) => SAMPLES[k]);

      it('has a filled text for every failure', () => {
        for (const failure of all) {
          const text = failureText(catalog, failure);
          assert.doesNotMatch(text, /\{\w+\}/, `${locale} ${failure.kind}`);
          if (locale !== 'en-US') assert.notEqual(text, failureText(english, failure), `${locale} ${failure.kind} is en-US's`);
        }
        assert.match(failureText(catalog, { kind: 'throttled', retryAfterSeconds: 42 }), /42/);
      });

      it('names the missing role the way Microsoft does in the language', () => {
        assert.ok(failureText(catalog, { kind: 'forbidden', missing: 'adminAgent' }).includes(ADMIN_AGENT[locale]!));
        assert.ok(failureText(catalog, { kind: 'forbidden', missing: 'graphPermission' }).includes(GDAP_GRAPH_PERMISSION));
      });

      it('has a name for every action', () => {
        for (const kind of ACTION_KINDS) {
          assert.ok(actionName(catalog, kind).trim().length > 0, `${locale} ${kind}`);
          if (locale !== 'en-US') assert.notEqual(actionName(catalog, kind), actionName(english, kind));
        }
      });

      if (locale !== 'en-US') {
        it('leaves no English word of en-US in its texts (product names aside)', () => {
          const englishWords = new Set(
            all
              .map((f) => failureText(english, f))
              .join(' ')
              .toLowerCase()
              .match(/[a-z']{4,}/g),
          );
          for (const name of [
            'partner',
            'center',
            'microsoft',
            'graph',
            'gdap',
            'admin',
            'https',
            'approve',
            'invite',
            'delegatedadminrelationship',
            'readwrite',
          ])
            englishWords.delete(name);
          for (const failure of all) {
            const words = (
              failureText(catalog, failure)
                .replace(GDAP_GRAPH_PERMISSION, '')
                .toLowerCase()
                .match(/[a-z']{4,}/g) ?? []
            ).filter((w) => englishWords.has(w));
            assert.deepEqual(words, [], `${locale} ${failure.kind}`);
          }
        });
      }
    });
  }
});
