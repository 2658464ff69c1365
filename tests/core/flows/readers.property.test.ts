import fc from "fast-check";
import { parseArn, placeOfArn, placeOfArnText } from "../../../policypack/core/flows/readers";
import { compileSettings } from "../../../policypack/determination/compile";

const runs = Number(process.env.FC_RUNS ?? 300);
const det = compileSettings({}).determination;

describe("placeOfArnText", () => {
  it("places an ARN as parsing it does, on any string", () => {
    const part = fc.oneof(
      fc.constantFrom(
        "",
        "aws",
        "aws-cn",
        "aws-us-gov",
        "s3",
        "iam",
        "ap-east-1",
        "cn-north-1",
        "us-east-1",
        "123456789012",
        "role/x",
        "a:b",
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), fc.boolean(), (parts, prefixed) => {
        const s = (prefixed ? "arn:" : "") + parts.join(":");
        const arn = parseArn(s);
        expect(placeOfArnText(s, det)).toEqual(arn ? placeOfArn(arn, det) : undefined);
      }),
      { numRuns: runs },
    );
  });

  it("reads the region and the aws-cn partition", () => {
    expect(placeOfArnText("arn:aws:rds:ap-east-1:123456789012:db:x", det)?.jurisdictions).toEqual(["HK"]);
    expect(placeOfArnText("arn:aws-cn:s3:::bucket", det)?.jurisdictions).toEqual(["CN"]);
    expect(placeOfArnText("arn:aws:iam::123456789012:role/x", det)).toBeUndefined();
    expect(placeOfArnText("arn:aws:s3:::b", det)).toBeUndefined();
    expect(placeOfArnText("arn:aws:s3::", det)).toBeUndefined();
  });
});
