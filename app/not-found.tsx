import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center px-4 py-16">
      <p className="font-serif text-xl font-semibold text-brand-800">Mend</p>
      <h1 className="mt-4 font-serif text-3xl font-semibold">We couldn't find that page</h1>
      <p className="mt-2 text-muted">The link may be mistyped, expired or no longer available.</p>
      <Link href="/" className="mt-6 font-medium text-brand-700 underline">
        Go to the start page
      </Link>
    </main>
  );
}
