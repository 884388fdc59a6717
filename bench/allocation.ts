// The benchmark's side of allocationProbe.ts: asks a bot process for the bytes it allocated
// between two points of the run, over the IPC channel the benchmark opened to it.
import { ChildProcess } from 'child_process';

function ask(child: ChildProcess, message: string, answer: string): Promise<{ bytes?: number }> {
  return new Promise((resolve) => {
    if (!child.connected) return resolve({ bytes: NaN });
    const timer = setTimeout(() => {
      child.off('message', listen);
      resolve({ bytes: NaN });
    }, 5_000);
    const listen = (reply: unknown): void => {
      const r = reply as { allocation?: string; bytes?: number } | null;
      if (r?.allocation !== answer) return;
      clearTimeout(timer);
      child.off('message', listen);
      resolve(r);
    };
    child.on('message', listen);
    child.send(message);
  });
}

/** Starts counting in the bot process; the returned function stops and resolves with the bytes (NaN if unknown). */
export async function countAllocations(child: ChildProcess): Promise<() => Promise<number>> {
  await ask(child, 'allocation:start', 'started');
  return async () => (await ask(child, 'allocation:stop', 'stopped')).bytes ?? NaN;
}
