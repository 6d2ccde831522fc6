import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { stageCrumb, type StageFeature } from "@/lib/content/stage-features";

/**
 * The top of a stage feature's own page (talks, triggers, questions): the way back to its stage,
 * then the title and whatever the page says under it.
 */
export function FeaturePageHeader({
  feature,
  title,
  crumb = title,
  children,
}: {
  feature: StageFeature;
  title: string;
  /** The page's name in the breadcrumbs, when shorter than its title. */
  crumb?: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <Breadcrumbs trail={[stageCrumb(feature)]} current={crumb} />
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">{title}</h1>
        {children}
      </header>
    </>
  );
}
