import type { Preset } from "../types";
import { vendorRules } from "./vendor-rules";

/**
 * Commerce ICTS supply-chain rules, 15 CFR Part 791 (formerly Part 7; EO 13873),
 * administered by BIS's Office of Information and Communications Technology and
 * Services (OICTS). Foreign adversaries: §791.4. Interim final rule effective
 * 2021-03-22 (86 FR 4909); Part 791 redesignation, Federal Register 2024-07-18 (2024-15258).
 */
export const usIctsForeignAdversaries: Preset = {
  id: "us-icts-foreign-adversaries",
  title: "Commerce ICTS rules — foreign adversaries",
  authority: "U.S. Department of Commerce, Bureau of Industry and Security, OICTS",
  citation: "15 CFR Part 791 (EO 13873)",
  url: "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-E/part-791",
  effective: "2021-03-22",
  jurisdictions: [
    { code: "CN", note: "People's Republic of China, including Hong Kong, 15 CFR 791.4(a)(1)" },
    { code: "HK", note: "Hong Kong Special Administrative Region, 15 CFR 791.4(a)(1)" },
    { code: "CU", note: "Republic of Cuba, 15 CFR 791.4(a)(2)" },
    { code: "IR", note: "Islamic Republic of Iran, 15 CFR 791.4(a)(3)" },
    { code: "KP", note: "Democratic People's Republic of Korea, 15 CFR 791.4(a)(4)" },
    { code: "RU", note: "Russian Federation, 15 CFR 791.4(a)(5)" },
    { code: "VE", note: "Venezuelan politician Nicolás Maduro (Maduro regime), 15 CFR 791.4(a)(6)" },
  ],
  providers: vendorRules(
    ["CN", "HK", "CU", "IR", "KP", "RU", "VE"],
    (v) =>
      `${v.vendor} is owned by, controlled by, or subject to the jurisdiction of a foreign adversary${v.inferred ? " (by ownership: an inference)" : ""} (15 CFR 791.2, 791.4)`,
  ),
  sources: [
    { title: "eCFR, Title 15, Part 791", url: "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-E/part-791" },
    { title: "Federal Register 2024-07-18 (2024-15258)", url: "https://www.federalregister.gov/documents/2024/07/18/2024-15258" },
  ],
  asOf: "2026-12-06",
  notes:
    "No final determination on these vendors has been published (procedures final rule 89 FR 96872, effective 2025-02-04; Kaspersky final determination 89 FR 52434). Reported, not verified: a 2022-01 review of Alibaba Cloud (Reuters) with no public outcome through 2026-12. A template, not legal advice.",
};
