import type { Preset } from "../types";
import { alibabaCloudReview } from "./alibaba-cloud-review";
import { dod1260h } from "./dod-1260h";
import { usDsp2025 } from "./us-dsp-2025";
import { usIctsForeignAdversaries } from "./us-icts-foreign-adversaries";

/** Preset ids (fixed; other tools depend on them). The first is the default. */
export const presetIds = ["us-dsp-2025", "us-icts-foreign-adversaries", "alibaba-cloud-review", "dod-1260h"] as const;
export type PresetId = (typeof presetIds)[number];
export const defaultPresetId: PresetId = "us-dsp-2025";

export const presets: ReadonlyMap<string, Preset> = new Map<string, Preset>([
  [usDsp2025.id, usDsp2025],
  [usIctsForeignAdversaries.id, usIctsForeignAdversaries],
  [alibabaCloudReview.id, alibabaCloudReview],
  [dod1260h.id, dod1260h],
]);
