/** What every policy factory receives: pack-level defaults, the clock, the run's state. */
import type { RunLedger } from "../core/ledger";
import type { Clock, Settings } from "../core/types";
import type { Determination, SettingsInput } from "../determination/types";
import { RunState } from "./run-state";

export interface PolicyContext {
  /** Shared settings from `createPack`, under each policy's own config. */
  readonly defaults?: SettingsInput;
  readonly clock: Clock;
  /** The run's ledger (`run.ledger` when `run` is given). */
  readonly ledger: RunLedger;
  /** The determination named in metadata (`framework`): the default one, compiled. */
  readonly framework: Determination;
  /** Everything the run keeps between calls (`createContext` makes one; `createPolicies` when absent). */
  readonly run?: RunState;
}

/** A context whose run state is settled. */
export type RunContext = PolicyContext & { readonly run: RunState };

export type { Settings };

/** The context's run state; a context without one gets its own, around its ledger (call once per policy set). */
export function runOf(ctx: PolicyContext): RunState {
  return ctx.run ?? new RunState(ctx.ledger);
}
