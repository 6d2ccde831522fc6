import { requirePartner } from "@/lib/server/access";
import { passwordRecentlyEntered } from "@/lib/server/auth/sessions";
import { buildExport } from "@/lib/server/export/sections";
import { recordExport } from "@/lib/server/export/record";

/** The export as a JSON download (docs/export-format.md). Opens only after the password was confirmed. */
export async function GET() {
  const ctx = await requirePartner();
  if (!(await passwordRecentlyEntered(ctx))) {
    return new Response(null, { status: 303, headers: { location: "/app/settings/data?reauth=1" } });
  }
  const data = await buildExport(ctx);
  await recordExport(ctx, "json");
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="mend-export-${data.exportedAt.slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
}
