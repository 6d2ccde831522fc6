import { getStage } from "@/lib/content/stages";
import { kindOf, type EntryKind } from "@/lib/entries/kinds";

/**
 * Whether writing this entry is joint work: its kind is a joint tool (shared homework, planned
 * activities) or the stage content marks the exercise `joint: true`.
 */
export function isJointEntry(input: { stageSlug: string; exerciseKey: string | null; kind: EntryKind }): boolean {
  if (kindOf(input.kind).joint) return true;
  if (!input.exerciseKey) return false;
  return Boolean(getStage(input.stageSlug)?.exercises.find((e) => e.key === input.exerciseKey)?.joint);
}
