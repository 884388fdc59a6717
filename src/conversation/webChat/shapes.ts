// The shapes Web Chat's routes read from outside (the page's request body, Direct Line's answers),
// as JSON Schemas checked by ajv, each compiled at its first use (domain/schemaCheck.ts). Other
// readers keep theirs beside them (conversation/channel/feedbackInvoke.ts); the content packs have their
// own (content/schema/).
import type { JSONSchemaType } from 'ajv';
import { schemaCheck } from '../../domain/schemaCheck';
import type { ResumeRequest } from './resumeRules';

/** The page's offer to resume its conversation after a reload (hosting/webchat/resume.ts): bounded strings of the characters ids and tokens use. */
export interface ResumeBody {
  resume: { conversationId: string; token: string };
}

const resumeBody: JSONSchemaType<ResumeBody> = {
  type: 'object',
  required: ['resume'],
  properties: {
    resume: {
      type: 'object',
      required: ['conversationId', 'token'],
      properties: {
        conversationId: { type: 'string', pattern: '^[A-Za-z0-9_|.:-]{1,200}$' },
        token: { type: 'string', pattern: '^[A-Za-z0-9_.~+/=-]{20,4000}$' },
      },
    },
  },
};

/** Direct Line's answer to tokens/generate and tokens/refresh (hosting/webchat/tokenExchange.ts, resume.ts). */
export interface DirectLineTokenAnswer {
  token: string;
  conversationId: string;
  expires_in: number;
}

const directLineTokenAnswer: JSONSchemaType<DirectLineTokenAnswer> = {
  type: 'object',
  required: ['token', 'conversationId', 'expires_in'],
  properties: {
    token: { type: 'string', minLength: 1 },
    conversationId: { type: 'string' },
    expires_in: { type: 'number' },
  },
};

export const isResumeBody = schemaCheck(resumeBody);

/** The page's `resume: { conversationId, token }`, when well formed (the schema above); undefined otherwise. */
export function parseResume(body: unknown): ResumeRequest | undefined {
  if (!isResumeBody(body)) return undefined;
  const { conversationId, token } = body.resume;
  return { conversationId, token };
}
export const isDirectLineTokenAnswer = schemaCheck(directLineTokenAnswer);
