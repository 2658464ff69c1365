/**
 * The CLI's libraries (commander, picocolors) are paid for by `scan` only:
 * nothing the pack loads at preview time imports the CLI or them.
 */
import * as fs from "fs";
import * as path from "path";
import { repoRoot } from "./helpers";

function importsOf(file: string): string[] {
  const src = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"|require\("([^"]+)"\)/gm))
    out.push((m[1] ?? m[2])!);
  return out;
}

function closure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length) {
    const f = pending.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    for (const spec of importsOf(f)) {
      if (spec.startsWith(".")) {
        const base = path.resolve(path.dirname(f), spec);
        const candidates = [`${base}.ts`, path.join(base, "index.ts")];
        const hit = candidates.find((c) => fs.existsSync(c));
        if (hit) pending.push(hit);
      } else packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
    }
  }
  return { files, packages };
}

describe("pack start-up path", () => {
  it("policypack/index.ts never reaches the CLI, the report renderers, commander or picocolors", () => {
    const { files, packages } = closure(path.join(repoRoot, "policypack", "index.ts"));
    const rel = [...files].map((f) => path.relative(repoRoot, f));
    expect(rel.some((f) => f.startsWith(path.join("policypack", "cli")) || f.startsWith(path.join("policypack", "report")))).toBe(false);
    expect(packages.has("commander")).toBe(false);
    expect(packages.has("picocolors")).toBe(false);
  });

  it("the CLI's own dependencies are declared as runtime dependencies", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const { packages } = closure(path.join(repoRoot, "policypack", "cli", "main.ts"));
    for (const p of packages) {
      if (["fs", "path", "os", "crypto", "url", "buffer", "child_process", "zlib"].includes(p)) continue;
      expect(Object.keys(pkg.dependencies)).toContain(p);
    }
  });
});
