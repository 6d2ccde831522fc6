import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/**
 * The submit buttons of a form whose answer is the button pressed: each sends `name` with its own
 * value. The first answer is the main button, the others secondary.
 */
export function AnswerButtons({
  name,
  answers,
  pending,
  className,
}: {
  name: string;
  answers: readonly { value: string; label: React.ReactNode }[];
  pending: boolean;
  className?: string;
}) {
  return (
    <div className={cn("flex flex-wrap", className)}>
      {answers.map((answer, i) => (
        <Button
          key={answer.value}
          type="submit"
          name={name}
          value={answer.value}
          variant={i === 0 ? "primary" : "secondary"}
          disabled={pending}
        >
          {answer.label}
        </Button>
      ))}
    </div>
  );
}
