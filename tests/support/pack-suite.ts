/**
 * A pack process for one `describe` block: built if needed and started
 * before its tests (`ready` receives it and its analyzer info, and may
 * configure it), closed after them.
 */
import { ensureBuilt, startPack, type AnalyzerInfo, type PackClient, type StartOptions } from "../protocol/harness";

export function usePack(opts: StartOptions, ready: (pack: PackClient, info: AnalyzerInfo) => void | Promise<void>): void {
  let pack: PackClient | undefined;
  beforeAll(async () => {
    await ensureBuilt();
    pack = await startPack(opts);
    await ready(pack, await pack.getAnalyzerInfo());
  }, 180_000);
  afterAll(async () => {
    await pack?.close();
  });
}
