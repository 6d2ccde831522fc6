export const POSTGRES_SCHEMA: string;
export function postgresSchema(source: string): string;
export function writePostgresSchema(options?: { check?: boolean }): boolean;
