import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** The house's text link: brand-coloured and underlined, so it reads as a link without relying on colour. */
export function textLinkClass(className?: string) {
  return cn("text-brand-700 underline", className);
}

/** A link inside or under a sentence, within the app. For a plain `<a>` (an anchor on the page, a full load), use textLinkClass. */
export function TextLink({ className, ...props }: React.ComponentProps<typeof Link>) {
  return <Link className={textLinkClass(className)} {...props} />;
}
