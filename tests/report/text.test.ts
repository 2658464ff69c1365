/**
 * The text report on a pipe: the determination and its citation once in the
 * header, one short line per finding (level, policy, type, name, region and
 * jurisdiction, stack), exempted findings naming their exemption.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { ScanReport } from "../../policypack/report/model";
import { examples, now, repoRoot, run } from "../cli/helpers";

/** The widest a finding line may be on the bundled examples. */
const maxWidth = 160;
const findingLine = /^(MANDATORY|ADVISORY|EXEMPT) /;

const configs = [
  undefined,
  "tests/cli/fixtures/config.json",
  ...fs
    .readdirSync(path.join(repoRoot, "examples/configs"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => `examples/configs/${f}`),
];

/**
 * The bundled configs' exemptions run until 2027-11-30: judged a few days after
 * the golden files' instant, so none runs beyond maxExemptionDays (365).
 */
const configsNow = "2026-12-01T00:00:00Z";

async function both(config: string | undefined): Promise<{ text: string; json: ScanReport }> {
  const args = ["scan", examples, "--now", config ? configsNow : now, "--fail-on", "none", ...(config ? ["--config", config] : [])];
  const text = await run(args);
  const json = await run([...args, "--format", "json"]);
  expect(text.stderr).toBe("");
  return { text: text.stdout, json: JSON.parse(json.stdout) as ScanReport };
}

describe("text report on a pipe", () => {
  it.each(configs)(`config %s: one line per finding, none wider than ${maxWidth} columns`, async (config) => {
    const { text, json } = await both(config);
    const lines = text.split("\n").filter((l) => findingLine.test(l));
    expect(lines).toHaveLength(json.findings.length);
    const wide = lines.filter((l) => l.length > maxWidth);
    expect(wide).toEqual([]);
    // Each line carries the finding's fields, in report order.
    json.findings.forEach((f, i) => {
      const line = lines[i]!;
      expect(line).toContain(` ${f.policy} `);
      expect(line).toContain(` ${f.type} '${f.name}' `);
      expect(line.startsWith(f.exempted ? "EXEMPT " : f.level === "mandatory" ? "MANDATORY " : "ADVISORY ")).toBe(true);
      if (f.region) expect(line).toContain(` ${f.region}${f.jurisdictions?.length ? ` (${f.jurisdictions.join(", ")})` : ""}`);
      if (f.stack && f.project) expect(line).toContain(` stack ${f.project}/${f.stack}`);
      if (f.exempted) expect(line).toContain(`exempted by ${f.exemption!.id} until ${f.exemption!.expires}`);
      else if (f.exemption) expect(line).toContain(`exemption ${f.exemption.id} expired ${f.exemption.expires}`);
    });
  });

  it.each(configs)("config %s: the determination and its citation are said once, in the header", async (config) => {
    const { text, json } = await both(config);
    const lines = text.split("\n");
    for (const d of json.determinations) {
      const cited = lines.map((l, i) => [l, i] as const).filter(([l]) => l.includes(d.citation));
      expect(cited).toHaveLength(1);
      // In the header, before the first finding.
      const first = lines.findIndex((l) => findingLine.test(l));
      expect(cited[0]![1]).toBeLessThan(first === -1 ? Infinity : first);
      const many = json.determinations.length > 1;
      expect(text).toContain(`Determination ${d.id}${many ? ` (${d.policies.join(", ")})` : ""}: ${d.title}`);
      if (d.asOf) expect(cited[0]![0]).toContain(`facts as of ${d.asOf}`);
    }
  });

  it("several determinations: each named once with its policies, which the finding lines name", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "updg-text-"));
    try {
      const config = path.join(dir, "two.json");
      fs.writeFileSync(config, JSON.stringify({ "restricted-provider": { determination: { extends: "dod-1260h", id: "dod-x" } } }));
      const { text, json } = await both(config);
      expect(json.determinations.map((d) => d.id).sort()).toEqual(["dod-x", "us-dsp-2025"]);
      const heads = text.split("\n").filter((l) => l.startsWith("Determination "));
      expect(heads).toHaveLength(2);
      expect(heads).toContainEqual(expect.stringMatching(/^Determination dod-x \(restricted-provider\): /));
      const lines = text.split("\n").filter((l) => findingLine.test(l));
      expect(lines.length).toBe(json.findings.length);
      expect(lines.filter((l) => l.length > maxWidth)).toEqual([]);
      for (const f of json.findings) expect(json.determinations.find((d) => d.id === f.determination)!.policies).toContain(f.policy);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exempted and flow findings say so on their line", async () => {
    const { text } = await both("tests/cli/fixtures/config.json");
    expect(text).toMatch(
      /^EXEMPT restricted-provider alicloud:oss\/bucket:Bucket 'customer-data' us-west-1 \(US\) stack customer-data\/prod-us; exempted by EXC-42 until 2026-12-15$/m,
    );
    expect(text).toMatch(
      /^MANDATORY restricted-data-flow aws:s3\/bucketV2:BucketV2 'documents' us-east-1 \(US\) stack document-store\/prod; to ap-east-1 \(HK\)$/m,
    );
  });

  it("the terminal form names the determination once too", async () => {
    const r = await run(["scan", examples, "--now", now, "--fail-on", "none"], { stdoutTTY: true, env: { NO_COLOR: "1" } });
    const json = JSON.parse((await run(["scan", examples, "--now", now, "--fail-on", "none", "--format", "json"])).stdout) as ScanReport;
    for (const d of json.determinations) expect(r.stdout.split(d.citation)).toHaveLength(2);
  });
});
