#!/usr/bin/env node
/**
 * `us-person-data-guard scan <file|dir|->...`: the pack's decisions over
 * exported stack states and preview JSON, as a migration inventory report.
 *
 * `main(argv, io)` is the whole command with injectable streams, so tests run
 * it in-process; run as a program it uses the real process. Every failure is
 * one line on stderr and an exit code (0 nothing restricted, 1 something
 * restricted, 2 bad usage or input); never a stack trace.
 */
import { Command, CommanderError, Option } from "commander";
import * as fs from "fs";
import * as path from "path";
import { errorSummary } from "../core/decide";
import { utcDay } from "../core/exemptions";
import { formats, renderOutput, type Format } from "../report";
import type { FailOn } from "../report/model";
import { checkScanHorizon, ConfigFileError, loadScanConfig } from "./config";
import { defaultIdPrefix, exemptionsConfig, requestProblem, stackExemptions, type ExemptionRequest } from "./exemptions";
import { describeWriteError, writeFileAtomic, writeProblem, writeText } from "./output";
import { runScan, toolName } from "./scan";
import { decodeText, parseJson, readFileBuffer } from "../state/read";
import { InputError } from "../state/errors";
import { applyBaseline, BaselineError, parseBaseline, type Baseline } from "../report/baseline";

export interface OutStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Standard input for `-`: a stream, or its whole content. */
  readonly stdin?: NodeJS.ReadableStream | string | Buffer;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** Called once with the exit code before `main` resolves. */
  readonly exit?: (code: number) => void;
}

/** Exit codes. */
export const exitCodes = { clean: 0, restricted: 1, usage: 2 } as const;

const failOnLevels = ["none", "advisory", "mandatory", "new"] as const;

/** The package version, from the package.json above this file (source or dist). */
export function packageVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, "package.json");
    try {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name === toolName && typeof pkg.version === "string") return pkg.version;
    } catch {
      // keep looking upwards
    }
    dir = path.dirname(dir);
  }
  return "0.0.0";
}

const isoInstant = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses `--now`: an ISO 8601 date (UTC midnight) or date-time. */
export function parseNow(raw: string): Date | undefined {
  if (!isoInstant.test(raw)) return undefined;
  const d = new Date(raw);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

class UsageError extends Error {}

interface ScanOptions {
  readonly config?: string;
  readonly format: Format;
  readonly output?: string;
  readonly failOn: FailOn;
  readonly now?: string;
  readonly keepGoing?: boolean;
  readonly color: boolean;
  readonly baseline?: string;
  readonly writeExemptions?: string;
  readonly expires?: string;
  readonly reason?: string;
  readonly approvedBy?: string;
  readonly ticket?: string;
  readonly idPrefix?: string;
  readonly force?: boolean;
}

/** The `--write-exemptions` request, or undefined; its companion options without it are a usage error. */
function exemptionRequest(opts: ScanOptions): ExemptionRequest | undefined {
  if (opts.writeExemptions === undefined) {
    const stray = (["expires", "reason", "approvedBy", "ticket", "idPrefix", "force"] as const).find((k) => opts[k] !== undefined);
    if (stray) throw new UsageError(`--${stray.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} is only used with --write-exemptions`);
    return undefined;
  }
  if (opts.expires === undefined) throw new UsageError("--write-exemptions needs --expires <YYYY-MM-DD>");
  if (opts.reason === undefined) throw new UsageError("--write-exemptions needs --reason <text>");
  return {
    file: opts.writeExemptions,
    expires: opts.expires,
    reason: opts.reason,
    ...(opts.approvedBy !== undefined ? { approvedBy: opts.approvedBy } : {}),
    ...(opts.ticket !== undefined ? { ticket: opts.ticket } : {}),
    idPrefix: opts.idPrefix ?? defaultIdPrefix,
    force: opts.force === true,
  };
}

const afterHelp = `
Inputs:
  Files written by 'pulumi stack export' (deployment version 3 and later; the
  file backend's checkpoint files work too) and by 'pulumi preview --json',
  detected by content; gzipped files are read too. A directory is searched
  recursively for *.json and *.json.gz files (hidden directories and
  node_modules are skipped); '-' reads standard input. A self-managed backend
  (file://<dir>, or a directory holding .pulumi/stacks/) is scanned stack by
  stack, each named <project>/<stack>.
  Inputs are scanned one at a time; only their findings are kept.

Decisions:
  Exactly the pack's: --config takes the same JSON as
  'pulumi preview --policy-pack-config' (keys: policy names and "all"; a value
  is an enforcement level or an object with enforcementLevel and the policy's
  keys). Disabled policies are skipped; "remediate" acts as mandatory.
  Secret values are replaced by a placeholder before anything reads them and
  are never printed.

Clock:
  Exemption expiry and effective dates are judged at the current time. Pass
  --now 2026-01-31 (or a full ISO 8601 date-time) for a reproducible report;
  every format then says that --now was used. The environment never sets it.

Exit codes:
  0  nothing restricted at or above --fail-on
  1  something restricted: a finding not covered by an honoured exemption at
     mandatory level (--fail-on mandatory, the default), or at any level
     (--fail-on advisory); --fail-on none never exits 1
  2  bad usage, an invalid --config, or an input that cannot be read or is
     neither format (the message names it). Without --keep-going the scan
     stops at the first bad input and prints no report. With --keep-going the
     other inputs are still scanned and reported (the report lists the failed
     ones), and the exit code is still 2: an incomplete scan is never reported
     as clean, and 2 takes precedence over 1.

Output:
  text (default) is grouped and coloured on a terminal (NO_COLOR disables
  colour, FORCE_COLOR forces it), and one line per finding otherwise.
  markdown suits a pull-request comment; json follows
  schema/scan-report.schema.json; sarif is SARIF 2.1.0; html is one
  self-contained page. --output writes the report atomically instead of
  printing it.

Examples:
  $ pulumi stack export --stack prod > prod.json
  $ ${toolName} scan prod.json
  $ pulumi preview --json | ${toolName} scan - --format markdown
  $ ${toolName} scan states/ --config policy-config.json --format html --output report.html
`;

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

function colorEnabled(env: Readonly<Record<string, string | undefined>>, io: CliIo, opts: ScanOptions): boolean {
  if (!opts.color || opts.output !== undefined || opts.format !== "text") return false;
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined && force !== "" && force !== "0" && force !== "false") return true;
  return io.stdout.isTTY === true;
}

async function scanCommand(operands: readonly string[], opts: ScanOptions, io: CliIo): Promise<number> {
  const env = io.env ?? {};
  const cwd = io.cwd ?? process.cwd();
  const err = (line: string): void => {
    io.stderr.write(`${toolName}: ${line}\n`);
  };

  // Time comes only from the system clock or an explicit --now (never from the environment); the report says which.
  const nowRaw = opts.now;
  let now = new Date();
  if (nowRaw !== undefined) {
    const parsed = parseNow(nowRaw);
    if (!parsed)
      throw new UsageError(
        `invalid --now '${nowRaw.slice(0, 40)}': expected an ISO 8601 date or date-time, e.g. 2026-01-31 or 2026-01-31T12:00:00Z`,
      );
    now = parsed;
  }

  if (opts.failOn === "new" && opts.baseline === undefined) throw new UsageError("--fail-on new needs --baseline <previous report.json>");
  let baseline: Baseline | undefined;
  if (opts.baseline !== undefined) {
    try {
      baseline = parseBaseline(
        parseJson(decodeText(readFileBuffer(path.resolve(cwd, opts.baseline), opts.baseline), opts.baseline), opts.baseline),
        opts.baseline,
      );
    } catch (e) {
      if (e instanceof InputError) throw new UsageError(`${e.input}: baseline ${e.reason}`);
      if (e instanceof BaselineError) throw new UsageError(e.message);
      throw e;
    }
  }
  if (opts.output !== undefined) {
    const unwritable = writeProblem(path.resolve(cwd, opts.output));
    if (unwritable) throw new UsageError(`${opts.output}: ${unwritable}`);
  }
  const exemptions = exemptionRequest(opts);
  const exemptionsTarget = exemptions && path.resolve(cwd, exemptions.file);
  if (exemptions && exemptionsTarget) {
    const problem = requestProblem(exemptions, exemptionsTarget, now);
    if (problem) throw new UsageError(problem);
  }

  let config;
  try {
    config = loadScanConfig(opts.config, cwd);
    checkScanHorizon(config, utcDay(now));
  } catch (e) {
    if (e instanceof ConfigFileError) {
      err(e.message);
      return exitCodes.usage;
    }
    throw e;
  }

  let progressShown = false;
  const showProgress = io.stderr.isTTY === true;
  const result = await runScan(
    {
      operands,
      cwd,
      home: io.env?.["HOME"] || undefined,
      config,
      now,
      nowGiven: nowRaw !== undefined,
      failOn: opts.failOn,
      keepGoing: opts.keepGoing === true,
      toolVersion: packageVersion(),
    },
    {
      ...(io.stdin !== undefined ? { stdin: io.stdin } : {}),
      warn: (line) => err(`warning: ${line}`),
      progress: (i, total, input) => {
        if (!showProgress || total < 2) return;
        progressShown = true;
        io.stderr.write(`\r\u001b[K[${i + 1}/${total}] scanning ${input.length > 60 ? `…${input.slice(-59)}` : input}`);
      },
    },
  );
  if (progressShown) io.stderr.write("\r\u001b[K");
  if (result.kind === "aborted") {
    err(`${result.error.input}: ${result.error.reason}`);
    return exitCodes.usage;
  }
  for (const e of result.errors) err(`${e.input}: ${e.reason}`);

  let report = result.report;
  if (baseline) {
    try {
      report = applyBaseline(report, baseline);
    } catch (e) {
      if (!(e instanceof BaselineError)) throw e;
      err(e.message);
      return exitCodes.usage;
    }
  }
  const text = renderOutput(opts.format, report, {
    color: colorEnabled(env, io, opts),
    grouped: opts.output === undefined && io.stdout.isTTY === true,
  });
  if (opts.output !== undefined) {
    try {
      writeFileAtomic(path.resolve(cwd, opts.output), text);
    } catch (e) {
      err(`${opts.output}: ${describeWriteError(e)}`);
      return exitCodes.usage;
    }
  } else {
    writeText(text, (t) => void io.stdout.write(t));
  }
  if (exemptions && exemptionsTarget) {
    if (report.totals.inputsFailed > 0) {
      err(`${exemptions.file}: not written: ${report.totals.inputsFailed} input(s) could not be scanned`);
      return exitCodes.usage;
    }
    try {
      const raw: unknown =
        opts.config !== undefined ? parseJson(decodeText(fs.readFileSync(path.resolve(cwd, opts.config)), opts.config), opts.config) : {};
      const doc = exemptionsConfig(raw, stackExemptions(report.findings, exemptions));
      writeFileAtomic(exemptionsTarget, `${JSON.stringify(doc, null, 2)}\n`);
    } catch (e) {
      err(`${exemptions.file}: ${describeWriteError(e)}`);
      return exitCodes.usage;
    }
  }
  return report.exitCode;
}

function buildProgram(io: CliIo, run: (operands: string[], opts: ScanOptions) => Promise<void>): Command {
  const program = new Command();
  program
    .name(toolName)
    .description(
      "Find cloud providers and regions your security determination restricts for U.S.-person data, in Pulumi stack exports and preview JSON.",
    )
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(`${toolName}: ${s.replace(/^error: /, "")}`),
    });
  program
    .command("scan")
    .description("scan exported stack states and preview JSON, and report what must move")
    .argument("<inputs...>", "files, directories (searched for *.json) or - for stdin")
    .option("-c, --config <file>", "policy configuration, as for pulumi preview --policy-pack-config")
    .addOption(new Option("-f, --format <format>", "report format").choices([...formats]).default("text"))
    .option("-o, --output <file>", "write the report to a file (atomically) instead of stdout")
    .addOption(
      new Option("--fail-on <level>", "lowest finding level that makes the exit code 1").choices([...failOnLevels]).default("mandatory"),
    )
    .option("--now <iso-date>", "judge expiry and effective dates at this instant (reproducible reports)")
    .option("-k, --keep-going", "scan the remaining inputs after a bad one (exit code stays 2)")
    .option("--no-color", "never colour text output")
    .option("--baseline <report.json>", "an earlier --format json report: mark findings new or unchanged, list those fixed")
    .option(
      "--write-exemptions <file>",
      "write a --policy-pack-config file exempting every current finding, one exemption per stack (atomic; kept unless --force)",
    )
    .option("--expires <YYYY-MM-DD>", "with --write-exemptions: when the exemptions end (in the future, at most 365 days ahead)")
    .option("--reason <text>", "with --write-exemptions: why the resources may stay")
    .option("--approved-by <who>", "with --write-exemptions: who approved the exemptions")
    .option("--ticket <id>", "with --write-exemptions: the tracking ticket")
    .option("--id-prefix <prefix>", `with --write-exemptions: exemption ids are <prefix>-<project>-<stack> (default ${defaultIdPrefix})`)
    .option("--force", "with --write-exemptions: replace an existing file")
    .addHelpText("after", afterHelp)
    .exitOverride()
    .action(async (inputs: string[], opts: ScanOptions) => {
      await run(inputs, opts);
    });
  return program;
}

/** Runs the command line `argv` (arguments only, without node and the script). Never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code: number = exitCodes.usage;
  try {
    let ran = false;
    const program = buildProgram(io, async (operands, opts) => {
      ran = true;
      code = await scanCommand(operands, opts, io);
    });
    if (argv.length === 0) {
      io.stderr.write(program.helpInformation());
      code = exitCodes.usage;
    } else {
      await program.parseAsync([...argv], { from: "user" });
      if (!ran) code = exitCodes.usage;
    }
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; every parse error is a usage error.
      code =
        e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help"
          ? exitCodes.clean
          : exitCodes.usage;
    } else if (e instanceof UsageError) {
      io.stderr.write(`${toolName}: ${e.message}\n`);
      code = exitCodes.usage;
    } else {
      io.stderr.write(`${toolName}: internal error: ${errorSummary(e)}\n`);
      code = exitCodes.usage;
    }
  }
  io.exit?.(code);
  return code;
}

if (require.main === module) {
  // A closed pipe (`… | head`) is not an error worth a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
