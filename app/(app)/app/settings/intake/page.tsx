import type { Metadata } from "next";
import { Card, EmptyState } from "@/components/ui/card";
import { IntakeAnswers } from "@/components/intake/intake-answers";
import { IntakeForm, type IntakeFormValues } from "@/components/intake/intake-form";
import { UserText } from "@/components/ui/user-text";
import { TextLink } from "@/components/ui/text-link";
import { SettingsPageHeader } from "@/components/settings/settings-page-header";
import { requirePartner } from "@/lib/server/access";
import { getBreach } from "@/lib/server/couples/couple";
import { coupleMembers } from "@/lib/server/couples/members";
import { listIntake } from "@/lib/server/intake/read";
import { isAffair } from "@/lib/content/readers";

export const metadata: Metadata = { title: "Intake summary for a therapist" };

export default async function IntakePage() {
  const ctx = await requirePartner();
  const [intake, breach, members] = await Promise.all([listIntake(ctx), getBreach(ctx), coupleMembers(ctx)]);
  const mine = intake.find((v) => v.isMine);
  const partner = members.find((m) => m.userId !== ctx.userId);
  const theirs = partner ? intake.find((v) => v.authorId === partner.userId) : undefined;
  const values: IntakeFormValues = Object.fromEntries(
    (mine?.answers ?? []).map((a) => [a.question, { value: a.value, visibility: a.visibility }]),
  );
  return (
    <div className="space-y-8">
      <SettingsPageHeader title="Intake summary for a therapist">
        <div className="mt-2 max-w-prose space-y-2 text-muted">
          <p>
            A therapist usually starts by asking what happened, who knows, and where each of you stands. Answering here, once, can spare you
            telling it again in the first session. Each of you fills in your own part. Every question is optional.
          </p>
          <p>
            You choose who sees each answer. The facts start as “Partner and therapist”; how committed you feel and what you hope for start
            as “Only me”, until you decide otherwise. A therapist sees only answers marked “Partner and therapist”, and only through a link
            that includes the intake summary.
          </p>
        </div>
      </SettingsPageHeader>

      <section aria-labelledby="mine-heading" className="space-y-4">
        <h2 id="mine-heading" className="text-lg font-semibold">
          Your answers
        </h2>
        <IntakeForm values={values} affair={isAffair(breach)} />
      </section>

      {partner && (
        <section aria-labelledby="theirs-heading" className="space-y-4" data-testid="partner-intake">
          <h2 id="theirs-heading" className="text-lg font-semibold">
            What <UserText>{partner.name}</UserText> shared with you
          </h2>
          {theirs && theirs.answers.length > 0 ? (
            <Card>
              <IntakeAnswers answers={theirs.answers} badges />
            </Card>
          ) : (
            <EmptyState title="Nothing shared with you yet">
              Answers your partner keeps to themselves never appear here, and that is their choice to make.
            </EmptyState>
          )}
        </section>
      )}

      <p className="text-sm text-muted">
        To let a therapist read the shared answers, tick “Intake summary” when you{" "}
        <TextLink href="/app/settings/sharing" className="font-medium underline-offset-2">
          create a link for them
        </TextLink>
        .
      </p>
    </div>
  );
}
