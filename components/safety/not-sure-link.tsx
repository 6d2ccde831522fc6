import { TextLink } from "@/components/ui/text-link";

/** The way to "Not sure you want to repair this?": the same words wherever it is offered. */
export function NotSureLink() {
  return <TextLink href="/app/not-sure">Not sure you want to repair this?</TextLink>;
}
