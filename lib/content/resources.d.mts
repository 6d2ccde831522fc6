export type ResourceKind = "emergency" | "abuse" | "men" | "crisis" | "shelters" | "directory";
export const RESOURCE_KINDS: readonly ResourceKind[];
export type ResourceEntry = { name: string; kind: ResourceKind; contact: string; checked: string };
export type ResourceRegion = { name: string; entries: ResourceEntry[] };
export type Resources = { regions: ResourceRegion[]; body: string };
export class ResourcesError extends Error {}
export function checkedLabel(day: string): string;
export function parseResources(source: string, name: string): Resources;
export const DEFAULT_RESOURCES_FILE: string;
export function loadResources(file: string): Resources;
