export const ENTRY_MAX_CHARS: number;
export const MAX_BODY_BYTES: number;
export const TOO_LARGE_MESSAGE: string;
