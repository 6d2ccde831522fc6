export function migrationGap(
  provider: "sqlite" | "postgresql",
  options?: { pgAdminUrl?: string; schema?: string },
): Promise<{ sql: string; summary: string }>;
