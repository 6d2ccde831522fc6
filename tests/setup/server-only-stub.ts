// Vitest runs server modules directly; the real `server-only` guards client bundles only.
export {};
