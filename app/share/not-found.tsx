/** The one answer for an unknown, mistyped, expired or switched-off therapist link. */
export default function ShareNotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center px-4 py-16">
      <p className="font-serif text-xl font-semibold text-brand-800">Mend</p>
      <h1 className="mt-4 font-serif text-3xl font-semibold">This link isn't available</h1>
      <p className="mt-2 text-muted">
        It may be mistyped, it may have expired, or the couple may have switched it off. If you were given this link, ask them for a new
        one.
      </p>
      <p className="mt-2 text-sm text-muted">Opened it many times in a short while? Wait a few minutes and try again.</p>
    </main>
  );
}
