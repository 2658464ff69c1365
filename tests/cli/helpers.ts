/** Runs the CLI in-process with captured streams. */
import * as path from "path";
import { main, type CliIo } from "../../policypack/cli/main";

export const repoRoot = path.resolve(__dirname, "..", "..");
export const examples = "examples/state";
export const now = "2026-11-28";

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly exited: number[];
}

export interface RunOptions {
  readonly stdin?: string | Buffer;
  readonly env?: Record<string, string | undefined>;
  readonly stdoutTTY?: boolean;
  readonly stderrTTY?: boolean;
  readonly cwd?: string;
}

export async function run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const exited: number[] = [];
  const io: CliIo = {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: options.stderrTTY ?? false },
    ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
    env: options.env ?? {},
    cwd: options.cwd ?? repoRoot,
    exit: (c) => void exited.push(c),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, exited };
}

/** A stack trace line, as Node prints them. */
export const stackTraceLine = /^\s+at .+\(.*:\d+:\d+\)|^\s+at .+:\d+:\d+$/m;

/** Replaces the package version so goldens survive version bumps. */
export function normaliseVersion(text: string, version: string): string {
  return text.split(version).join("<version>");
}
