// The free-text reader for the page's engine: reader.js, a script of the same origin at the
// versioned URL the server named in the page's settings, added once. It puts the reader in the
// engine's slot (../readerSlot.ts). A file that cannot be had leaves typed text unread: the cards
// ask every question instead.
import type { PanelEngine } from '../engine';

/** How long the page waits for the reader at most (a reader that comes later is still used). */
const READER_TIMEOUT_MS = 10_000;

export class ReaderLoader {
  private loading: Promise<void> | undefined;

  constructor(
    private readonly engine: PanelEngine,
    private readonly url: string | undefined,
  ) {}

  /** Adds the reader's script once; settles when it ran, failed or took too long. */
  load(): Promise<void> {
    this.loading ??= new Promise<void>((resolve) => {
      const settle = (): void => {
        clearTimeout(timer);
        if (!this.engine.readerSettled) this.engine.readerUnavailable();
        resolve();
      };
      const timer = setTimeout(settle, READER_TIMEOUT_MS);
      if (!this.url) return settle();
      const script = document.createElement('script');
      script.src = this.url;
      script.async = true;
      script.addEventListener('load', settle);
      script.addEventListener('error', settle);
      document.head.appendChild(script);
    });
    return this.loading;
  }
}
