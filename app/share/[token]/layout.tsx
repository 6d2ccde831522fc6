import { requireShareAccess } from "@/lib/server/access";

// The link is checked here, above the page's loading boundary, so an unknown, revoked or
// expired link answers with a real 404 status before any of the page streams.
export default async function ShareLayout({ children, params }: { children: React.ReactNode; params: Promise<{ token: string }> }) {
  await requireShareAccess((await params).token);
  return children;
}
