import { StageGuidance } from "@/components/stages/stage-guidance";
import type { Breach } from "@/lib/content/readers";
import type { StageBody } from "@/lib/content/sections";
import type { Side } from "@/lib/validation/couple";

type Props = {
  body: StageBody;
  side: Side;
  breach: Breach | null;
  /** Unfolded while the stage has no entries yet. */
  open: boolean;
};

/** The stage's text, folded under "About this stage". */
export function AboutThisStage({ body, side, breach, open }: Props) {
  return (
    <details className="group rounded-2xl border border-line bg-white p-5 sm:p-8" open={open}>
      <summary className="cursor-pointer font-serif text-xl font-semibold">About this stage</summary>
      <div className="mt-4">
        <StageGuidance body={body} side={side} breach={breach} />
      </div>
    </details>
  );
}
