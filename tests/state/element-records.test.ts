/** `ElementRecords`: a stack export's resources parsed a run of elements at a time, and read again. */
import { ElementRecords } from "../../policypack/state/element-records";
import { ElementReader } from "../../policypack/state/elements";

const stack = "urn:pulumi:prod::shop::";
const bucket = (name: string): Record<string, unknown> => ({
  urn: `${stack}aws:s3/bucketV2:BucketV2::${name}`,
  custom: true,
  type: "aws:s3/bucketV2:BucketV2",
  inputs: { bucket: name },
});
const exportText = (resources: unknown[]): string =>
  JSON.stringify({ version: 3, deployment: { manifest: { time: "t" }, resources } }, null, 4);

describe("ElementRecords", () => {
  it("each read again a fresh value (the reader may change it), equal to the first", () => {
    const text = exportText(Array.from({ length: 40 }, (_, i) => bucket(`b${i}`)));
    const reader = ElementReader.ofBytes(Buffer.from(text), true);
    expect(reader.begin()).toBeDefined();
    const records = new ElementRecords(reader, "f");
    const first: unknown[] = [];
    for (let v = records.next(); typeof v !== "symbol"; v = records.next()) first.push(v);
    expect(first).toEqual((JSON.parse(text) as { deployment: { resources: unknown[] } }).deployment.resources);
    for (const i of [39, 0, 0, 17, 16, 15, 15]) {
      const again = records.again(i);
      expect(again).toEqual(first[i]);
      expect(again).not.toBe(first[i]);
      expect(records.again(i)).not.toBe(again);
    }
  });
});
