const EACH_OF_YOU = [
  {
    title: "On your own",
    text: "Your own account on your own device. A short daily check-in, private reflections, and a private safety check that only you ever see.",
  },
  {
    title: "Together",
    text: "Talks with turns, a written record of questions and answers, agreements you both accept, and commitments your partner confirms. A stage is done when both of you say so.",
  },
  {
    title: "For where you stand",
    text: "Some exercises are written for the partner who was hurt, who sets the pace and decides how much detail they want. Others are for the partner who broke trust, who takes responsibility and offers openness. Would rather not say? You read both.",
  },
] as const;

/** What each partner does alone, what the two do together, and what is written for each side. */
export function EachOfYou() {
  return (
    <section aria-labelledby="each-heading" className="mt-12">
      <h2 id="each-heading" className="font-serif text-2xl font-semibold">
        What each of you does
      </h2>
      <div className="mt-4 grid gap-6 md:grid-cols-3">
        {EACH_OF_YOU.map(({ title, text }) => (
          <div key={title}>
            <h3 className="font-semibold">{title}</h3>
            <p className="mt-1 text-muted">{text}</p>
          </div>
        ))}
      </div>
    </section>
  );
}
