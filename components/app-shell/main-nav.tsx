"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { SECTIONS, currentSection, type Section } from "@/components/app-shell/sections";

/**
 * The app's eleven sections on a wide screen (lg and up): a row in the header, the rest under
 * "More". The section the reader is in is marked (aria-current, and in colour).
 */
export function HeaderNav() {
  const current = currentSection(usePathname());
  return (
    <nav aria-label="Main" className="hidden items-center gap-1 text-sm lg:flex" data-testid="main-nav-desktop">
      {SECTIONS.filter((s) => s.desktop).map((s) => (
        <SectionLink key={s.href} section={s} current={current} className="rounded-lg px-3 py-2 hover:bg-brand-50" />
      ))}
      <MoreMenu sections={SECTIONS.filter((s) => !s.desktop)} current={current} placement="below" />
    </nav>
  );
}

/**
 * The same sections on a phone or tablet: a bottom bar of four and "More", which opens the rest
 * above it. Rendered outside the header: the header's backdrop blur would pin a fixed bar to itself.
 */
export function BottomNav() {
  const current = currentSection(usePathname());
  return (
    <nav
      aria-label="Main"
      className="no-print fixed inset-x-0 bottom-0 z-30 border-t border-line bg-white/95 pb-[env(safe-area-inset-bottom)] lg:hidden"
      data-testid="main-nav-phone"
    >
      <div className="mx-auto flex max-w-md items-stretch justify-between px-1">
        {SECTIONS.filter((s) => s.phone).map((s) => (
          <SectionLink
            key={s.href}
            section={s}
            current={current}
            className="flex min-h-14 flex-1 items-center justify-center border-t-2 border-transparent px-1 text-center text-xs font-medium aria-[current=page]:border-brand-700"
          />
        ))}
        <MoreMenu sections={SECTIONS.filter((s) => !s.phone)} current={current} placement="above" />
      </div>
    </nav>
  );
}

function SectionLink({ section, current, className }: { section: Section; current?: Section; className?: string }) {
  const active = current === section;
  return (
    <Link
      href={section.href}
      aria-current={active ? "page" : undefined}
      className={cn("text-ink aria-[current=page]:font-semibold aria-[current=page]:text-brand-800", className)}
    >
      {section.label}
    </Link>
  );
}

/** "More": a disclosure button and its list. Closes on a choice, on Escape, and on a tap elsewhere. */
function MoreMenu({ sections, current, placement }: { sections: Section[]; current?: Section; placement: "below" | "above" }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const inside = current ? sections.includes(current) : false;

  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    }
    function onPointer(event: PointerEvent) {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    }
    window.addEventListener("keydown", onKey);
    window.addEventListener("pointerdown", onPointer);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <div ref={box} className={cn("relative", placement === "above" && "flex flex-1")}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className={cn(
          "text-ink",
          placement === "below"
            ? "rounded-lg px-3 py-2 hover:bg-brand-50"
            : "flex min-h-14 flex-1 items-center justify-center border-t-2 border-transparent px-1 text-xs font-medium",
          inside && "font-semibold text-brand-800",
          inside && placement === "above" && "border-brand-700",
        )}
      >
        More{inside && current ? <span className="sr-only">, current: {current.label}</span> : null}
        <span aria-hidden="true"> {placement === "above" ? "▴" : "▾"}</span>
      </button>
      {/* Following a link closes the menu, even one to the page already open (Commitments' anchor). */}
      <ul
        id={id}
        hidden={!open}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest("a")) setOpen(false);
        }}
        className={cn(
          "absolute z-40 min-w-48 rounded-xl border border-line bg-white p-1 text-sm shadow-lg",
          placement === "below" ? "top-full right-0 mt-1" : "right-1 bottom-full mb-2",
        )}
      >
        {sections.map((s) => (
          <li key={s.href}>
            <SectionLink
              section={s}
              current={current}
              className="block rounded-lg px-3 py-2.5 hover:bg-brand-50 aria-[current=page]:bg-brand-50"
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
