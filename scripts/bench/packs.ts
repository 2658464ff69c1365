/**
 * Packs the benchmarks write under `.bench/`: the empty pack (one no-op
 * policy per policy of this pack, of the same kind, on the same runtime: the
 * floor any pack pays), optionally with work in its first resource policy.
 */
import * as fs from "fs";
import * as path from "path";
import { policyTable } from "../../policypack/core/policy-table";
import { repoRoot } from "../../tests/protocol/harness";

export const benchDir = path.join(repoRoot, ".bench");

/** Writes the files of a pack directory; returns the directory. */
export function writePack(dir: string, files: Record<string, string>): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const [f, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), body);
  return dir;
}

/**
 * The empty pack in `.bench/<name>`. `work` (a function expression) replaces
 * the first resource policy's no-op, after `prelude` (module-level code).
 */
export function emptyPack(name: string, extra: { readonly prelude?: string; readonly work?: string } = {}): string {
  const first = policyTable.findIndex((e) => e.kind !== "stack");
  const policies = policyTable.map(
    (e, i) =>
      `{ name: ${JSON.stringify(e.name)}, description: "no-op", enforcementLevel: "advisory", ${e.kind === "stack" ? "validateStack" : "validateResource"}: ${i === first && extra.work !== undefined ? extra.work : "() => {}"} }`,
  );
  return writePack(path.join(benchDir, name), {
    "package.json": JSON.stringify({ name, version: "0.0.0", main: "index.js" }),
    "index.js": `const { PolicyPack } = require("@pulumi/policy");\n${extra.prelude ?? ""}\nnew PolicyPack(${JSON.stringify(name)}, { policies: [${policies.join(",\n")}] });\n`,
  });
}
