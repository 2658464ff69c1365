/** What every policy factory receives: pack-level defaults, the clock, the run ledger. */
import type { RunLedger } from "../core/ledger";
import type { DecideMemo } from "../core/memo";
import type { Clock, Settings } from "../core/types";
import type { Determination, SettingsInput } from "../determination/types";

export interface PolicyContext {
  /** Shared settings from `createPack`, under each policy's own config. */
  readonly defaults?: SettingsInput;
  readonly clock: Clock;
  readonly ledger: RunLedger;
  /** The core's memory for this run (core/memo.ts), passed to every `decide`. */
  readonly memo: DecideMemo;
  /** The determination named in metadata (`framework`): the default one, compiled. */
  readonly framework: Determination;
}

export type { Settings };
