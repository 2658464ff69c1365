import type { Preset } from "../types";
import { vendorRules } from "./vendor-rules";

/**
 * DOJ Data Security Program, 28 CFR Part 202 (implementing EO 14117).
 * Final rule published 90 FR 1636 (2025-01-08, FR Doc. 2024-31486), effective 2025-04-08.
 * Countries of concern: §202.601. Covered persons: §202.211. Vendor agreements,
 * expressly including cloud-computing services: §202.258.
 */
export const usDsp2025: Preset = {
  id: "us-dsp-2025",
  title: "DOJ Data Security Program — countries of concern and covered cloud vendors",
  authority: "U.S. Department of Justice, National Security Division",
  citation: "28 CFR Part 202 (EO 14117)",
  url: "https://www.ecfr.gov/current/title-28/chapter-I/part-202",
  effective: "2025-04-08",
  jurisdictions: [
    { code: "CN", note: "China — country of concern, 28 CFR 202.601(a)(1)" },
    { code: "HK", note: "Hong Kong — included in China, 28 CFR 202.601(a)(1)" },
    { code: "MO", note: "Macau — included in China, 28 CFR 202.601(a)(1)" },
    { code: "CU", note: "Cuba — country of concern, 28 CFR 202.601(a)(2)" },
    { code: "IR", note: "Iran — country of concern, 28 CFR 202.601(a)(3)" },
    { code: "KP", note: "North Korea — country of concern, 28 CFR 202.601(a)(4)" },
    { code: "RU", note: "Russia — country of concern, 28 CFR 202.601(a)(5)" },
    { code: "VE", note: "Venezuela — country of concern, 28 CFR 202.601(a)(6)" },
  ],
  providers: vendorRules(
    ["CN", "HK", "MO", "CU", "IR", "KP", "RU", "VE"],
    (v) =>
      `${v.basis}: a covered person under 28 CFR 202.211${v.inferred ? " (by ownership: an inference)" : ""}; cloud services are vendor agreements (202.258)`,
  ),
  sources: [
    { title: "eCFR, Title 28, Part 202", url: "https://www.ecfr.gov/current/title-28/chapter-I/part-202" },
    {
      title: "Federal Register 2025-01-08, 90 FR 1636 (2024-31486)",
      url: "https://www.federalregister.gov/documents/2025/01/08/2024-31486",
    },
  ],
  asOf: "2026-12-06",
  notes:
    "DOJ has named none of these vendors; treating them as covered persons follows from the text of 202.211. The contracting entity matters: a U.S.-incorporated subsidiary of a listed vendor is a covered person only if designated under 202.211(a)(5) (see 202.258, example 3). Part 202 was not amended through 2026; full civil enforcement since 2025-07-09. A template, not legal advice.",
};
