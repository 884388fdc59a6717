// Bot state in Azure Blob Storage, shared by every instance of the bot. Blob names and content are
// those of botbuilder-azure-blobs' BlobsStorage (one JSON blob per key, named as it names them:
// sdkInternals), so data moves between the two, but this class writes through the Azure SDK itself
// because BlobsStorage 4.23 is unsafe for several instances at once (its faults: BlobStateStorage).
// Request timeouts and retries are bounded so a storage outage fails a turn in seconds (the channel
// retries it) instead of hanging it, and readiness can probe with a short deadline.
import { createHash } from 'crypto';
import type { BlockBlobClient, ContainerClient, StoragePipelineOptions } from '@azure/storage-blob';
import { StoreItems } from 'botbuilder';
import { blobsStorageName } from '../sdkInternals';
import { BoundedCache } from '../../domain/boundedCache';
import { CorruptStateError } from '../errors/turnErrors';
import type { TokenCredential } from './identity';
import { BlobConditions, batchConditions, conditionFailed, uploadConditions } from '../../protocols/blobStorage/blobConditions';
import {
  ConditionalStorage,
  DEFAULT_MAX_ENTRY_BYTES,
  RemoteStateStorage,
  StateEntryTooLargeError,
  StoredItem,
  WriteCondition,
  WriteResult,
  conflictError,
  contentJson,
} from './stateStorage';

type AzureStorageBlob = typeof import('@azure/storage-blob');

/** The Azure SDK, loaded only when blob state is chosen so the embedded default starts lighter. */
function azureStorageBlob(): AzureStorageBlob {
  return require('@azure/storage-blob') as AzureStorageBlob;
}

const MAX_BLOB_NAME = 1024;

/**
 * Blob clients kept, by state key. Making one (its URL parsed and escaped, a service client and its
 * operation context built) cost about 4 % of a Blob turn's CPU when every read and write made its
 * own (bench/README.md); a kept one is some 700 bytes and holds no per-request state.
 */
const CLIENTS_KEPT = 2_000;

/**
 * BlobsStorage's blob name for a key, or a hashed one where BlobsStorage would truncate it (two
 * long keys could then share a blob) or fail (a key with a lone UTF-16 surrogate cannot be
 * URI-encoded).
 */
export function blobNameFor(key: string): string {
  let name: string | undefined;
  try {
    name = blobsStorageName(key);
  } catch {
    name = undefined;
  }
  if (name !== undefined && name.length < MAX_BLOB_NAME) return name;
  return `hashed-key-${createHash('sha256').update(Buffer.from(key, 'utf16le')).digest('hex')}`;
}

/**
 * A response body's bytes. Not stream/consumers' buffer(), which gathers the chunks into a Blob and
 * reads them back through its async reader: about 1.5 % of a Blob turn's CPU (bench/README.md). A
 * stream destroyed before its end (the deadline) fails the loop, as it failed buffer().
 */
async function bodyOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

export interface BlobStateStorageOptions {
  /**
   * Longest single storage request (default 5 s): given to the service as its timeout, and with
   * the tries it makes the client's deadline for a whole operation (see withDeadline).
   */
  requestTimeoutMs?: number;
  /** Tries per request, including the first (default 3). */
  maxTries?: number;
  /** UTF-8 bytes one entry may have (DEFAULT_MAX_ENTRY_BYTES unless given). */
  maxEntryBytes?: number;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** A connection string (account key or SAS: local runs, Azurite), or an account URL and a token credential (managed identity). */
export type BlobTarget = string | { accountUrl: string; credential: TokenCredential };

/**
 * What it does that BlobsStorage 4.23 does not: conditional writes (create-only is
 * If-None-Match: *, where BlobsStorage writes unconditionally without an eTag, so two instances
 * creating the same state both "win"); the written eTag put back on the item; a failed container
 * creation retried; a hashed name for a key BlobsStorage would cut or fail on (blobNameFor); and
 * the UTF-8 byte length as the upload length, not the string's length.
 */
export class BlobStateStorage implements ConditionalStorage, RemoteStateStorage {
  private readonly container: ContainerClient;
  private containerReady?: Promise<void>;
  private readonly blobs = new BoundedCache<string, BlockBlobClient>({ maxEntries: CLIENTS_KEPT });
  /** All tries of one operation and its response body (see withDeadline). */
  private readonly operationTimeoutMs: number;
  private readonly maxEntryBytes: number;
  /** How the storage is reached, for start-up messages: which setting to check. */
  readonly auth: 'connection string' | 'identity';

  constructor(target: BlobTarget, containerName: string, options: BlobStateStorageOptions = {}) {
    const { ContainerClient } = azureStorageBlob();
    // Every try, plus the retry delays (at most 1 s each).
    this.operationTimeoutMs = (options.requestTimeoutMs ?? 5_000) * (options.maxTries ?? 3) + 2_000;
    this.maxEntryBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
    const pipeline: StoragePipelineOptions = {
      retryOptions: {
        maxTries: options.maxTries ?? 3,
        // Sent to the service as whole seconds (the SDK's floor): never 0, below a second.
        tryTimeoutInMs: Math.max(1_000, options.requestTimeoutMs ?? 5_000),
        retryDelayInMs: 100,
        maxRetryDelayInMs: 1_000,
      },
    };
    if (typeof target === 'string') {
      this.auth = 'connection string';
      this.container = new ContainerClient(target, containerName, pipeline);
    } else {
      this.auth = 'identity';
      const url = `${target.accountUrl.replace(/\/+$/, '')}/${encodeURIComponent(containerName)}`;
      this.container = new ContainerClient(url, target.credential, pipeline);
    }
  }

  /** The container's address without any query (a SAS token would be a secret): for log lines. */
  get endpoint(): string {
    return this.container.url.split('?')[0]!;
  }

  /**
   * Creates the container if it is missing. Memoized once it succeeded; a failure is retried next
   * time (BlobsStorage keeps a failure for the life of the process).
   */
  ensureContainer(abortSignal?: AbortSignal): Promise<void> {
    if (!this.containerReady) {
      // A turn's creation has the operations' deadline: the SDK bounds no try on the client side
      // (it only passes the timeout to the service), so a silent storage would hold it for good.
      const create = (signal: AbortSignal): Promise<unknown> => this.container.createIfNotExists({ abortSignal: signal });
      this.containerReady = (abortSignal ? create(abortSignal) : this.withDeadline(create)).then(
        () => undefined,
        (error: unknown) => {
          this.containerReady = undefined;
          throw error;
        },
      );
    }
    return this.containerReady;
  }

  /** The client of a key's blob (a block blob client reads as a blob client does), kept for the next request. */
  private blobOf(key: string): BlockBlobClient {
    let client = this.blobs.get(key);
    if (!client) {
      client = this.container.getBlockBlobClient(blobNameFor(key));
      this.blobs.set(key, client);
    }
    return client;
  }

  /** A cheap round trip for readiness: the properties of a sentinel blob (absent is fine). */
  async ping(abortSignal?: AbortSignal): Promise<void> {
    await this.ensureContainer(abortSignal);
    try {
      await this.container.getBlobClient('advisor-readiness-sentinel').getProperties(abortSignal ? { abortSignal } : {});
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    await this.ensureContainer();
    const entries = await Promise.all(keys.map(async (key) => [key, await this.readItem(key)] as const));
    const items: StoreItems = {};
    for (const [key, value] of entries) if (value !== undefined) items[key] = value.state;
    return items;
  }

  async readItem(key: string): Promise<StoredItem | undefined> {
    await this.ensureContainer();
    let body: Buffer;
    let eTag: string | undefined;
    try {
      // One request: the content and the eTag of that very version.
      ({ eTag, body } = await this.withDeadline(async (abortSignal) => {
        const response = await this.blobOf(key).download(0, undefined, { abortSignal });
        const stream = response.readableStreamBody;
        if (!stream) return { eTag: response.etag, body: Buffer.alloc(0) };
        abortSignal.addEventListener('abort', () => (stream as NodeJS.ReadableStream & { destroy(): void }).destroy(), { once: true });
        return { eTag: response.etag, body: await bodyOf(stream) };
      }));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
    const text = body.toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new CorruptStateError(`The state blob for a key is not valid JSON (${body.length} bytes)`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new CorruptStateError('The state blob for a key is not a JSON object');
    }
    // The parsed object is the turn's own: the eTag goes on it in place (where a stored one stood, or last), no copy.
    const state = parsed as Record<string, unknown>;
    const storedETag = 'eTag' in state;
    state.eTag = eTag ?? '*';
    // Our own blobs hold the content without an eTag: that text is the content's JSON as it is.
    return { state, json: storedETag ? contentJson(state) : text, eTag: eTag ?? '*' };
  }

  /**
   * Runs one storage operation within a deadline covering all its tries and its response body.
   * The SDK's per-try timeout ends when the headers arrive, so a body that stalls after them (a
   * 404's error text, a state blob) would otherwise hold the turn until the connection dies.
   * On the deadline the SDK call is aborted and the operation fails: the turn answers 503.
   */
  private withDeadline<T>(work: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(Object.assign(new Error(`storage operation took longer than ${this.operationTimeoutMs} ms`), { code: 'OperationTimeout' }));
      }, this.operationTimeoutMs);
    });
    return Promise.race([work(controller.signal), late]).finally(() => clearTimeout(timer));
  }

  /**
   * Writes items as botbuilder's Storage does: eTag "*" (or none) unconditionally, any other eTag
   * only over the stored item that still has it (else StateConflictError). On success the item's
   * eTag is replaced by the stored version's (BlobsStorage drops it), so a follow-up write in the
   * same turn needs no extra read.
   */
  write(changes: StoreItems): Promise<void>;
  /**
   * Writes one item's JSON on a condition: the new eTag, or a conflict. Create-only is
   * If-None-Match: *, so a second create is a conflict.
   */
  write(key: string, json: string, condition: WriteCondition): Promise<WriteResult>;
  async write(keyOrChanges: string | StoreItems, json?: string, condition?: WriteCondition): Promise<WriteResult | void> {
    if (typeof keyOrChanges === 'string') {
      if (json === undefined || condition === undefined) throw new ReferenceError('A conditional write needs its JSON and its condition.');
      this.checkSize(json);
      const eTag = await this.upload(keyOrChanges, json, uploadConditions(condition));
      return eTag === undefined ? { conflict: true } : { eTag };
    }
    const changes = keyOrChanges;
    if (!changes || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    // Every entry measured before any is uploaded: one too large and the batch writes nothing.
    const texts = Object.entries(changes).map(([key, item]) => [key, item, contentJson((item ?? {}) as Record<string, unknown>)] as const);
    for (const [, , text] of texts) this.checkSize(text);
    await Promise.all(
      texts.map(async ([key, item, text]) => {
        const written = await this.upload(key, text, batchConditions((item as { eTag?: unknown } | null)?.eTag));
        if (written === undefined) throw conflictError(key);
        if (item && typeof item === 'object') (item as Record<string, unknown>).eTag = written;
      }),
    );
  }

  /** Throws StateEntryTooLargeError for an entry over maxEntryBytes (UTF-8). */
  private checkSize(json: string): void {
    // A string's UTF-8 length is at most three bytes per UTF-16 unit: most entries need no count.
    if (json.length * 3 <= this.maxEntryBytes) return;
    const bytes = Buffer.byteLength(json, 'utf8');
    if (bytes > this.maxEntryBytes) throw new StateEntryTooLargeError(bytes, this.maxEntryBytes);
  }

  /**
   * Uploads a blob on its conditions, declaring its UTF-8 byte length: the new eTag, or undefined
   * when a condition failed.
   */
  private async upload(key: string, json: string, conditions: BlobConditions): Promise<string | undefined> {
    await this.ensureContainer();
    const body = Buffer.from(json, 'utf8');
    try {
      const response = await this.withDeadline((abortSignal) =>
        this.blobOf(key).upload(body, body.length, {
          conditions,
          blobHTTPHeaders: { blobContentType: 'application/json' },
          abortSignal,
        }),
      );
      if (!response.etag) throw new Error('The storage reported no eTag for a write');
      return response.etag;
    } catch (error) {
      // A lost race (protocols/blobStorage/blobConditions.ts), or the storage's failure.
      if (conditionFailed(statusOf(error), conditions)) return undefined;
      throw error;
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    await this.ensureContainer();
    await Promise.all(
      keys.map(async (key) => {
        await this.withDeadline((abortSignal) => this.blobOf(key).deleteIfExists({ abortSignal }));
        this.blobs.delete(key);
      }),
    );
  }

  // Keeps the connection string and the credential out of anything that serialises the storage (logs, errors).
  toJSON(): { name: string } {
    return { name: 'BlobStateStorage' };
  }
}
