import Link from "next/link";
import { UserText } from "./user-text";

type Crumb = { href: string; label: string };

/** "Journey / … / this page": the way back from every page under the dashboard. */
export function Breadcrumbs({ trail = [], current }: { trail?: Crumb[]; current?: string }) {
  const links: Crumb[] = [{ href: "/app", label: "Journey" }, ...trail];
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      {links.map((crumb, i) => (
        <span key={crumb.href}>
          {i > 0 && " / "}
          <Link href={crumb.href} className="text-brand-700 underline">
            {crumb.label}
          </Link>
        </span>
      ))}
      {current && (
        <span aria-current="page">
          {" "}
          / <UserText>{current}</UserText>
        </span>
      )}
    </nav>
  );
}
