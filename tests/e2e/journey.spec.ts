import { expect, test } from "@playwright/test";
import { addHomework, createWorkspace, expectNoAxeViolations, setUpCouple, signUp, expectAfterReload, writeEntry } from "./helpers";

test("two partners walk stage 1 together: statement, response, private reflection, done together", async ({ browser }) => {
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);

  // A writes the accountability statement; the highlighter marks "but you" as they type.
  await a.page.goto("/app/stages/acknowledgment");
  const statement = a.page.locator("[data-exercise=accountability-statement]");
  await statement.locator("textarea").nth(1).fill("You could not sleep, but you kept asking me where I was.");
  await expect(statement.getByTestId("highlighter").locator("mark", { hasText: "but you" })).toBeVisible();
  await expect(statement.getByTestId("highlighter")).toContainText("Blame");
  await statement.locator("textarea").nth(0).fill("I lied to you for months about where I was.");
  await statement.locator("textarea").nth(2).fill("This was my choice and mine alone.");
  await statement.getByRole("radio", { name: "Me and my partner" }).check();
  await statement.getByRole("button", { name: "Save" }).click();
  await expect(statement.getByTestId("entry")).toHaveCount(1);

  // A private reflection B must never see.
  await writeEntry(a.page, {
    stage: "acknowledgment",
    exercise: "Before I write — a private reckoning",
    answers: ["PRIVATE-REFLECTION-TEXT only for me"],
    visibility: "Only me",
  });

  // B reads the statement and answers "I feel heard".
  await b.page.goto("/app/stages/acknowledgment");
  const seen = b.page.locator("[data-exercise=accountability-statement]").getByTestId("entry");
  await expect(seen).toContainText("I lied to you for months");
  await expect(b.page.getByText("PRIVATE-REFLECTION-TEXT")).toHaveCount(0);
  await seen.getByRole("button", { name: "Respond to this" }).click();
  await seen.getByLabel(/Questions or what you still need/).fill("Thank you. Can we talk about the weekends?");
  await seen.getByRole("button", { name: "I feel heard" }).click();
  await expect(seen).toContainText("Your response was shared");

  await a.page.reload();
  await expect(a.page.locator("[data-exercise=accountability-statement]").getByTestId("response")).toContainText("Sam: I feel heard");

  // Both mark their part done → done together on both dashboards.
  await a.page.getByRole("button", { name: "Mark my part done" }).click();
  await expect(a.page.getByTestId("joint-state")).toHaveText("Waiting for both");
  await b.page.reload();
  await b.page.getByRole("button", { name: "Mark my part done" }).click();
  await expect(b.page.getByTestId("joint-state")).toHaveText("Done together");
  await a.page.goto("/app");
  await expect(a.page.locator("[data-stage=acknowledgment]").getByTestId("joint-state")).toHaveText("Done together");
  await expect(a.page.getByTestId("partner-feed")).toContainText("marked their part of stage 1");

  // B's dashboard counts only what B may see of A's entries (the private one is not counted).
  await b.page.goto("/app");
  await expect(b.page.locator("[data-stage=acknowledgment]")).toContainText("Alex: done · 1 shared");

  // Either can reopen.
  await b.page.goto("/app/stages/acknowledgment");
  await b.page.getByRole("button", { name: "Reopen this stage" }).click();
  await expect(b.page.getByTestId("joint-state")).toHaveText("Open");
});

test("entry text is shown as text: stored XSS payloads never run", async ({ browser }) => {
  const { a, b } = await setUpCouple(browser, ["Mo", "Jude"]);
  let dialogs = 0;
  b.page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  const payload = `<script>alert(1)</script><img src=x onerror="alert(2)"><svg onload=alert(3)>`;
  await writeEntry(a.page, {
    stage: "new-memories",
    exercise: "Checking in with myself",
    answers: [payload],
    visibility: "Me and my partner",
  });
  await b.page.goto("/app/stages/new-memories");
  await expect(b.page.getByTestId("entry")).toContainText("<script>alert(1)</script>");
  expect(await b.page.locator("[data-testid=entry] img, [data-testid=entry] script, [data-testid=entry] svg").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("a partner of another couple cannot read or change this couple's entries", async ({ browser }) => {
  const { a, b } = await setUpCouple(browser, ["Ana", "Ben"]);
  const entry = await writeEntry(a.page, {
    stage: "acknowledgment",
    exercise: "Write your accountability statement",
    answers: ["ORIGINAL TEXT of Ana"],
    visibility: "Partner and therapist",
  });
  const id = await entry.getAttribute("data-entry-id");
  expect(id).toBeTruthy();

  const c = await (await browser.newContext()).newPage();
  await signUp(c, "Cleo");
  await createWorkspace(c, "Cleo's space");
  await c.goto("/app/stages/acknowledgment");
  await expect(c.getByText("ORIGINAL TEXT of Ana")).toHaveCount(0);

  // Cleo tampers with her own edit form so it names Ana's entry.
  const own = await writeEntry(c, {
    stage: "acknowledgment",
    exercise: "Write your accountability statement",
    answers: ["mine"],
    visibility: "Only me",
  });
  await own.getByRole("button", { name: "Edit" }).click();
  await own.locator("textarea").first().fill("HACKED by Cleo");
  // Last, so no re-render restores the real id before the form is sent.
  await own.locator('input[name="id"]').evaluate((el, value) => ((el as HTMLInputElement).value = value), id!);
  await own.getByRole("button", { name: "Save" }).click();
  await expect(own.getByRole("alert").filter({ hasText: "doesn't exist or isn't yours" })).toBeVisible();

  // Partner B may read but not edit A's entry either.
  await b.page.goto("/app/stages/acknowledgment");
  const seenByB = b.page.locator(`[data-entry-id="${id}"]`);
  await expect(seenByB).toContainText("ORIGINAL TEXT of Ana");
  await expect(seenByB.getByRole("button", { name: "Edit" })).toHaveCount(0);

  await a.page.reload();
  await expect(a.page.locator(`[data-entry-id="${id}"]`)).toContainText("ORIGINAL TEXT of Ana");
  await expect(a.page.getByText("HACKED by Cleo")).toHaveCount(0);

  // Unknown stage URLs are a plain 404.
  const res = await c.goto("/app/stages/not-a-stage");
  expect(res?.status()).toBe(404);
});

test("stage tools: a growth goal with steps, shared homework, an activity idea", async ({ browser }) => {
  const { a, b } = await setUpCouple(browser, ["Ivy", "Ned"]);
  await a.page.goto("/app/stages/self-work");
  const goals = a.page.locator("[data-tool=goal]");
  await goals.getByText("Add a goal").click();
  await goals.getByLabel("Goal", { exact: true }).fill("Pause before I answer");
  await goals.getByLabel("Small steps (one per line)").fill("Count to five\nName the feeling");
  await goals.getByRole("button", { name: "Add" }).click();
  await goals.getByRole("checkbox", { name: "Count to five" }).check();
  await expect(goals.getByRole("checkbox", { name: "Count to five" })).toBeChecked();
  // Stored, not only shown: after a reload the tick is still there, and the other step is not.
  await expectAfterReload(a.page, async () => {
    await expect(goals.getByRole("checkbox", { name: "Count to five" })).toBeChecked({ timeout: 2_000 });
    await expect(goals.getByRole("checkbox", { name: "Name the feeling" })).not.toBeChecked({ timeout: 2_000 });
  });

  // Saved before A looks, or A's page may load first and never show it.
  await addHomework(b.page, "Ten-minute check-in each evening");
  await a.page.goto("/app/stages/professional-help");
  await a.page.getByRole("checkbox", { name: /Ten-minute check-in/ }).check();
  await expect(a.page.getByRole("checkbox", { name: /Done: Ten-minute check-in/ })).toBeChecked();
  // The partner who wrote it sees the tick too, from the database.
  await expectAfterReload(b.page, () =>
    expect(b.page.getByRole("checkbox", { name: /Ten-minute check-in/ })).toBeChecked({ timeout: 2_000 }),
  );

  await a.page.goto("/app/stages/new-memories");
  await a.page.getByText(/Starter ideas/).click();
  const firstIdea = a.page.locator("[data-tool=activity] details li").first();
  const idea = (await firstIdea.locator("span").first().textContent())!;
  await firstIdea.getByRole("button").click();
  const activity = a.page.locator("[data-tool=activity]").getByTestId("entry").filter({ hasText: idea });
  await expect(activity).toBeVisible();
  await activity.getByRole("button", { name: "Mark as planned" }).click();
  await expect(activity.getByRole("button", { name: "We did it" })).toBeVisible();
  await a.page.reload();
  await expect(
    a.page.locator("[data-tool=activity]").getByTestId("entry").filter({ hasText: idea }).getByRole("button", { name: "We did it" }),
  ).toBeVisible();
});

test("dashboard and a stage page have no axe violations", async ({ browser }) => {
  const { a } = await setUpCouple(browser, ["Axl", "Bea"]);
  await writeEntry(a.page, {
    stage: "acknowledgment",
    exercise: "Write your accountability statement",
    answers: ["I hid it, but you"],
    visibility: "Me and my partner",
  });
  await expectNoAxeViolations(a.page);
  await a.page.goto("/app");
  await expectNoAxeViolations(a.page);
  await a.page.goto("/app/stages/new-memories");
  await expectNoAxeViolations(a.page);
});
