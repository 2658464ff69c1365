/** What every policy factory receives: pack-level defaults, the clock, the run ledger. */
import type { RunLedger } from "../core/ledger";
import type { Clock, Settings } from "../core/types";
import type { Determination, SettingsInput } from "../determination/types";

export interface PolicyContext {
  /** Shared settings from `createPack`, under each policy's own config. */
  readonly defaults?: SettingsInput;
  readonly clock: Clock;
  readonly ledger: RunLedger;
  /** The determination named in metadata (`framework`): the default one, compiled. */
  readonly framework: Determination;
}

export type { Settings };
