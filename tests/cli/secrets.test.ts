/** Secret material, ciphertext or plaintext, never reaches any output format or stderr. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formats } from "../../policypack/report";
import { examples, now, repoRoot, run } from "./helpers";

const sig = "4dabf18193072939515e22adb298388d";
const secretSig = "1b47061264138c4ac30d75fd1eb44270";

/** Every ciphertext in the examples. */
function ciphertexts(): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(path.join(repoRoot, examples))) {
    const text = fs.readFileSync(path.join(repoRoot, examples, f), "utf8");
    for (const m of text.matchAll(/"ciphertext": "([^"]+)"/g)) out.push(m[1]!);
  }
  return out;
}

const plain = (v: unknown): Record<string, string> => ({ [sig]: secretSig, plaintext: JSON.stringify(v) });

/** A stack whose secrets, shown with --show-secrets, look like things the scan prints: hosts, regions, names. */
function plaintextStack(): unknown {
  const pre = "urn:pulumi:leak::probe::";
  const prov = `${pre}pulumi:providers:alicloud::default_3_105_0`;
  return {
    version: 3,
    deployment: {
      manifest: { time: "2026-11-01T00:00:00Z", magic: "m", version: "v3.248.0" },
      secrets_providers: { type: "passphrase", state: { salt: "v1:SALT-MATERIAL-1:v1:x:y" } },
      resources: [
        { urn: `${pre}pulumi:pulumi:Stack::probe-leak`, custom: false, type: "pulumi:pulumi:Stack" },
        {
          urn: prov,
          custom: true,
          id: "p",
          type: "pulumi:providers:alicloud",
          inputs: { region: "cn-shanghai", accessKey: plain("LTAI-PLAINTEXT-KEY-ID"), secretKey: plain("PLAINTEXT-SECRET-KEY-99") },
        },
        {
          urn: `${pre}aws:s3/bucketV2:BucketV2::mirror`,
          custom: true,
          id: "mirror",
          type: "aws:s3/bucketV2:BucketV2",
          inputs: {
            bucket: "mirror",
            region: plain("ap-east-1"),
            endpoint: plain("https://leaky-secret-host.oss-cn-hangzhou.aliyuncs.com/path?token=PLAINTEXT-TOKEN-7"),
            nested: { list: [plain({ password: "PLAINTEXT-NESTED-PW" })] },
          },
          outputs: { region: plain("ap-east-1"), apiKey: plain("PLAINTEXT-OUTPUT-KEY") },
          provider: "urn:pulumi:leak::probe::pulumi:providers:aws::default::x",
        },
        {
          urn: `${pre}alicloud:rds/account:Account::admin`,
          custom: true,
          id: "a",
          type: "alicloud:rds/account:Account",
          inputs: { accountName: "admin", accountPassword: plain("PLAINTEXT-DB-PASSWORD") },
          provider: `${prov}::p`,
        },
      ],
    },
  };
}

const forbidden = ["PLAINTEXT", "LTAI-", "leaky-secret-host", "SALT-MATERIAL", "token=", "ciphertext", secretSig];

describe("secrets never in output", () => {
  let tmp: string;
  let leakFile: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "upd-secrets-"));
    leakFile = path.join(tmp, "leak.json");
    fs.writeFileSync(leakFile, JSON.stringify(plaintextStack(), null, 2));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it.each([...formats])("%s: no ciphertext of the examples, no plaintext secret", async (format) => {
    const cts = ciphertexts();
    expect(cts.length).toBeGreaterThanOrEqual(5);
    const r = await run(["scan", examples, leakFile, "--format", format, "--now", now, "--config", "tests/cli/fixtures/config.json"]);
    expect(r.code).toBe(1);
    const all = r.stdout + r.stderr;
    for (const ct of cts) {
      expect(all).not.toContain(ct);
      // Not even the distinctive middle of one.
      expect(all).not.toContain(ct.split(":").at(-1)!);
    }
    for (const f of forbidden) expect(all).not.toContain(f);
  });

  it("a secret region is treated as unreadable, not read", async () => {
    const r = await run(["scan", leakFile, "--format", "json", "--now", now]);
    const report = JSON.parse(r.stdout) as { findings: { name: string; region?: string; rule: string }[] };
    const mirror = report.findings.filter((f) => f.name === "mirror");
    expect(mirror.some((f) => f.region === "ap-east-1")).toBe(false);
  });

  it("text on a terminal and the grouped view leak nothing either", async () => {
    const r = await run(["scan", leakFile, "--now", now], { stdoutTTY: true });
    for (const f of forbidden) expect(r.stdout).not.toContain(f);
  });
});

describe("secret signature spelled with JSON escapes", () => {
  it("is still recognised (the no-signature fast path does not skip it)", async () => {
    const esc = "\\u0034dabf18193072939515e22adb298388d";
    const doc = `{"version":3,"deployment":{"resources":[{"urn":"urn:pulumi:s::p::aws:s3/bucketV2:BucketV2::b","type":"aws:s3/bucketV2:BucketV2","inputs":{"endpoint":{"${esc}":"${secretSig}","plaintext":"\\"https://LEAKED-HOST.oss-cn-hangzhou.aliyuncs.com\\""}}}]}}`;
    const r = await run(["scan", "-", "--format", "json", "--now", now], { stdin: doc });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("LEAKED");
    expect((JSON.parse(r.stdout) as { inputs: { secrets: number }[] }).inputs[0]!.secrets).toBe(1);
  });
});
