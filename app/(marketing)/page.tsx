import Link from "next/link";
import { LandingHeader } from "@/components/marketing/landing-header";
import { LandingHero } from "@/components/marketing/landing-hero";
import { StagesOverview } from "@/components/marketing/stages-overview";
import { EachOfYou } from "@/components/marketing/each-of-you";
import { ForATherapist } from "@/components/marketing/for-a-therapist";
import { NotACrisisService, PrivacyPromises } from "@/components/marketing/promises";
import { currentUser } from "@/lib/server/access";

// What "static or cached where the nonce policy allows" means here. Every response carries a new
// CSP nonce (proxy.ts), so the page itself renders per request and can't be prerendered. What the
// page is made of doesn't change per request, so it is built once per process, at module level in
// its sections (components/marketing/): the stages from content/ and the illustration. The only
// per-request work is the session check for the header's buttons, and for a signed-out visitor (no
// session cookie) that reads no database at all.

export default async function LandingPage() {
  const user = await currentUser();
  const signedIn = user !== null;
  return (
    <div className="min-h-dvh">
      <LandingHeader signedIn={signedIn} />
      <main id="main" className="mx-auto max-w-5xl px-4 pb-16">
        <LandingHero signedIn={signedIn} />
        <StagesOverview />
        <EachOfYou />
        <ForATherapist />
        <PrivacyPromises />
        <NotACrisisService />
      </main>
      <footer className="border-t border-line py-6 text-center text-sm text-muted">
        Mend: a private space for two, and a therapist if you choose. ·{" "}
        <Link href="/signin" className="underline">
          Sign in
        </Link>
      </footer>
    </div>
  );
}
