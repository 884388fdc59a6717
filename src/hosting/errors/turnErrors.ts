// Failures of the infrastructure around a turn (state storage, concurrency, reply delivery) as
// opposed to failures of the conversation logic. They never clear the conversation: the state is
// still good, the turn just could not complete now. The HTTP entry answers them with 503 so the
// channel retries, and the user's card stays valid.

/** Base class: the turn did not take effect and may be retried as a whole. */
export class TransientTurnError extends Error {
  /** Set by the turn runner so the HTTP layer can log it with the turn. */
  correlationId?: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Another turn changed the same state first (eTag mismatch) and the retries ran out. */
export class StateConflictError extends TransientTurnError {}

/** The state store could not be read or written (unreachable, throttled, refused). */
export class StateStorageError extends TransientTurnError {}

/** The state was saved but no reply could be delivered; the state change was undone. */
export class DeliveryError extends TransientTurnError {}

/** Too many turns are already waiting for the same conversation in this process. */
export class TurnQueueFullError extends TransientTurnError {}

/** A state item exists but is not valid JSON: not transient, the conversation must start over. */
export class CorruptStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptStateError';
  }
}

export function isTransientTurnError(error: unknown): error is TransientTurnError {
  return error instanceof TransientTurnError;
}

/** A short, secret-free description of an error for logs (what of it a line carries: domain/logSecrets.ts). */
export { errorSummary } from '../../domain/logSecrets';
