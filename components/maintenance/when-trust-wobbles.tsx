import { TextLink } from "@/components/ui/text-link";

/** Setbacks are expected: any stage can be reopened. */
export function WhenTrustWobbles() {
  return (
    <section aria-labelledby="wobble-heading" className="space-y-2">
      <h2 id="wobble-heading" className="font-serif text-2xl font-semibold">
        When trust wobbles
      </h2>
      <p className="max-w-prose text-sm text-muted">
        A hard week, an anniversary, a message that brings it all back: setbacks are expected, and they are not failure. Either of you can
        reopen any stage from its page, and the other then sees, told plainly and without blame, which stage is open again.
      </p>
      <p className="text-sm">
        <TextLink href="/app">See all nine stages</TextLink>
      </p>
    </section>
  );
}
