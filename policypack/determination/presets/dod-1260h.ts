import type { Preset } from "../types";

/**
 * For defence contractors: cloud vendors whose parents are on the DoD list of
 * "Chinese military companies" under section 1260H of the FY2021 NDAA. FY2024
 * NDAA section 805 bars DoD from contracting with listed entities directly
 * from 2026-06-30 and indirectly (a contractor using their products or
 * services) from 2027-06-30: the rule's `effective` date, so until then the
 * vendors appear under `upcoming-restriction`.
 *
 * Every listing below is reported by the press, not read in the Federal
 * Register here ([R] in FACTS.md): the reasons say "reported". Huawei Cloud is
 * left out until its parent's current listing is verified.
 */
const effective = "2027-06-30";

export const dod1260h: Preset = {
  id: "dod-1260h",
  title: "DoD section 1260H list — cloud vendors of listed Chinese military companies",
  authority: "U.S. Department of Defense (FY2021 NDAA §1260H; FY2024 NDAA §805)",
  citation: "FY2021 NDAA §1260H (10 U.S.C. 113 note); FY2024 NDAA §805",
  url: "https://www.congress.gov/bill/118th-congress/house-bill/2670/text",
  effective,
  jurisdictions: [],
  providers: [
    {
      package: "tencentcloud",
      reason:
        "Tencent Holdings is reported to be on the DoD 1260H list since 2025-01; FY2024 NDAA §805 bars indirect DoD contracting with listed entities from 2027-06-30",
      effective,
    },
    {
      package: "alicloud",
      reason:
        "Alibaba Group is reported to have been added to the DoD 1260H list on 2026-06-08 (and to have sued DoD in 2026-06); FY2024 NDAA §805 bars indirect DoD contracting with listed entities from 2027-06-30",
      effective,
    },
    {
      package: "baiducloud",
      reason:
        "Baidu is reported to have been added to the DoD 1260H list on 2026-06-08; FY2024 NDAA §805 bars indirect DoD contracting with listed entities from 2027-06-30",
      effective,
    },
  ],
  sources: [
    { title: "FY2024 NDAA (Public Law 118-31), §805", url: "https://www.congress.gov/bill/118th-congress/house-bill/2670/text" },
    { title: "FY2021 NDAA (Public Law 116-283), §1260H", url: "https://www.congress.gov/bill/116th-congress/house-bill/6395/text" },
    { title: "DoD releases list of Chinese military companies (1260H)", url: "https://www.defense.gov/News/Releases/" },
  ],
  asOf: "2026-12-06",
  notes:
    "Listings are as reported by the press (Tencent 2025-01; Alibaba and Baidu 2026-06-08); check the current list in the Federal Register before relying on it. Huawei's listing is not encoded until verified. Restricted in every region; blocks from 2027-06-30. A template, not legal advice.",
};
