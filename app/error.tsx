"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="mx-auto flex min-h-[60dvh] max-w-lg flex-col justify-center px-4 py-16">
      <h1 className="font-serif text-3xl font-semibold">Something went wrong on our side</h1>
      <p className="mt-2 text-muted">Nothing you wrote has been lost. Try again in a moment.</p>
      <Button className="mt-6 w-fit" onClick={reset}>
        Try again
      </Button>
    </main>
  );
}
