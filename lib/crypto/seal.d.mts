export declare const SEALED_PREFIX: string;
export declare class SealedValueError extends Error {
  constructor(message: string, where: string, kind: "altered" | "unknown-key" | "unknown-form");
  where: string;
  kind: "altered" | "unknown-key" | "unknown-form";
}
export type Keyring = { currentId: string; current: Buffer; keys: Map<string, Buffer> };
export declare function keyId(key: Buffer): string;
export declare function parseKey(text: string, label: string): Buffer;
export declare function newKey(): Buffer;
export declare function keyring(current: Buffer, older?: Buffer[]): Keyring;
export declare function isSealed(stored: unknown): stored is string;
export declare function sealedKeyId(stored: string): string | null;
export declare function sealedPlace(model: string, column: string, rowId: string): string;
export declare function seal(ring: Keyring, plain: string, place: string): string;
export declare function open(ring: Keyring, stored: string, place: string): string;
