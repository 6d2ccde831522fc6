export declare const MOVED_SEALED_PLACES: readonly { migration: string; from: string; to: string; columns: readonly string[] }[];
