// The slow-reader check of the connection limits (connectionLimits.ts): once an answer's head is
// written, its bytes waiting in the socket's buffer must shrink between every two looks, a write
// timeout apart, until the answer is out, or the connection is cut. An answer still being produced
// (nothing waiting) is not the reader's fault and is left alone. One timer looks at every answer
// being written (a timer per answer was about a hundredth of a turn's CPU: bench/README.md); it
// runs only while there are some. A look that comes late (the whole process was held: a GC pause, a
// starved CPU) runs before any I/O of the held time could, so it only notes the bytes and judges
// at the next look: a held process is nobody's slow reading.
import type { Server, ServerResponse } from 'http';
import type { Socket } from 'net';

export interface SlowReaders {
  /** Starts looking at an answer whose head is being written on `socket`. */
  watch(res: ServerResponse, socket: Socket): void;
  /** Stops looking at an answer (it closed). */
  forget(res: ServerResponse): void;
  /** Connections cut because their client took none of their bytes for a write timeout. */
  readonly cut: number;
}

/**
 * The bytes an answer still has to hand to the kernel. `writableLength` alone counts a chunk until
 * the whole of it is out, so a large answer written in one piece would look stuck while a slow but
 * steady reader takes it; the handle's queue (libuv's) shrinks with every part the kernel takes.
 */
function waitingBytes(socket: Socket): number {
  const handle = (socket as unknown as { _handle?: { writeQueueSize?: number } })._handle;
  return socket.writableLength + (handle?.writeQueueSize ?? 0);
}

export function watchSlowReaders(server: Server, writeTimeoutMs: number): SlowReaders {
  const writing = new Map<ServerResponse, { socket: Socket; waiting: number }>();
  let timer: NodeJS.Timeout | undefined;
  let lastLook = 0;
  let cut = 0;
  const look = (): void => {
    const now = performance.now();
    const late = now - lastLook > writeTimeoutMs * 1.5;
    lastLook = now;
    for (const [res, watch] of writing) {
      if (res.writableFinished || watch.socket.destroyed) {
        writing.delete(res);
        continue;
      }
      const waiting = waitingBytes(watch.socket);
      if (!late && waiting > 0 && watch.waiting >= 0 && waiting >= watch.waiting) {
        writing.delete(res);
        cut += 1;
        watch.socket.destroy();
        continue;
      }
      watch.waiting = waiting;
    }
    if (writing.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
  server.once('close', () => clearInterval(timer));
  return {
    watch(res, socket) {
      writing.set(res, { socket, waiting: -1 });
      if (timer) return;
      lastLook = performance.now();
      timer = setInterval(look, writeTimeoutMs);
      timer.unref();
    },
    forget(res) {
      writing.delete(res);
    },
    get cut() {
      return cut;
    },
  };
}
