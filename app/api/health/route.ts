import { checkHealth } from "@/lib/server/health";

export const dynamic = "force-dynamic";

// Public by design (load balancers call it); reveals nothing about any couple.
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
