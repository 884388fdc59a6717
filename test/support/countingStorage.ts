// A MemoryStorage that counts every read, write and delete: "nothing was stored" made checkable.
import { MemoryStorage, Storage, StoreItems } from 'botbuilder';

export class CountingStorage implements Storage {
  readonly inner = new MemoryStorage();
  operations = 0;
  read(keys: string[]): Promise<StoreItems> {
    this.operations += 1;
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    this.operations += 1;
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    this.operations += 1;
    return this.inner.delete(keys);
  }
}
