// A first look at an incoming activity before the adapter sees it, so that a body the Bot
// Framework cannot route gets a clear 400 instead of an internal error deep in the SDK.
const MAX_ID = 1024;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shortString(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
}

/** Undefined when the body can be processed, otherwise why not (for the 400 response). */
export function activityProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'The body must be a JSON activity object.';
  if (!shortString(body.type)) return 'The activity has no type.';
  if (!isObject(body.conversation) || !shortString(body.conversation.id)) return 'The activity has no conversation id.';
  if (body.deliveryMode !== 'expectReplies' && !shortString(body.serviceUrl)) return 'The activity has no serviceUrl.';
  if (body.from !== undefined && !isObject(body.from)) return 'The activity "from" must be an object.';
  if (body.recipient !== undefined && !isObject(body.recipient)) return 'The activity "recipient" must be an object.';
  if (body.text !== undefined && typeof body.text !== 'string') return 'The activity text must be a string.';
  return undefined;
}
