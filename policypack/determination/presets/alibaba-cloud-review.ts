import type { Preset } from "../types";

/**
 * The single-provider scenario of the seed article: Commerce reviewing Alibaba
 * Cloud under the ICTS rules (Reuters, 2022-01-18; no public outcome). Alibaba
 * Cloud restricted for U.S.-person data in every region, inside China or not.
 */
export const alibabaCloudReview: Preset = {
  id: "alibaba-cloud-review",
  title: "Alibaba Cloud under Commerce ICTS review",
  authority: "U.S. Department of Commerce, Bureau of Industry and Security, OICTS",
  citation: "15 CFR Part 791 (EO 13873); ICTS review of Alibaba Cloud reported 2022-01-18",
  url: "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-E/part-791",
  jurisdictions: [],
  providers: [
    {
      package: "alicloud",
      reason: "Alibaba Cloud is under ICTS review for how it stores U.S. customers' data and whether the Chinese government can access it",
    },
  ],
  sources: [
    { title: "eCFR, Title 15, Part 791", url: "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-E/part-791" },
    {
      title: "Reuters, 2022-01-18: U.S. examining Alibaba's cloud unit for national security risks",
      url: "https://www.reuters.com/technology/exclusive-us-examining-alibabas-cloud-unit-national-security-risks-sources-2022-01-18/",
    },
  ],
  asOf: "2026-12-06",
  notes:
    "Reported, not verified: no ICTS determination on Alibaba Cloud was published through 2026-12; the press reported a 2025-11 White House memo alleging Alibaba support to the PLA (FT) and, in 2026-02, shelved China technology measures (Reuters). Models a possible outcome of a review that has no public result; a template, not legal advice.",
};
