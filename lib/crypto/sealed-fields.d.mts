export declare const SEALED_FIELDS: Readonly<Record<string, readonly string[]>>;
