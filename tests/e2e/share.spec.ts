import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, setUpCouple, tickShareSections, writeEntry } from "./helpers";

// Issue 4: the therapist's read-only link, end to end.

async function createLink(page: Page, therapistName: string) {
  await page.goto("/app/settings/sharing");
  await page.getByLabel("Therapist's name").fill(therapistName);
  // Nothing is ticked until the couple chooses.
  await tickShareSections(page, [/Journey progress/, /Entries shared with a therapist/]);
  await page.getByRole("button", { name: "Create link" }).click();
  const field = page.getByRole("textbox", { name: `Link for ${therapistName}` });
  await expect(field).toHaveValue(/\/share\/[A-Za-z0-9_-]{43}$/);
  return field.inputValue();
}

test("a therapist reads only what was shared, can change nothing, and loses access once revoked", async ({ browser }) => {
  test.setTimeout(120_000);
  const { a, b } = await setUpCouple(browser, ["Alex", "Sam"]);
  const shared = "I lied about where I was on Thursdays, and I am the one responsible for that.";
  const secret = "A private thought the therapist must never read.";
  const partnerOnly = "Just between the two of us: I'd like Sunday walks again.";
  await writeEntry(a.page, {
    stage: "acknowledgment",
    exercise: "Write your accountability statement",
    answers: [shared],
    visibility: "Partner and therapist",
  });
  await writeEntry(a.page, {
    stage: "acknowledgment",
    exercise: "Before I write — a private reckoning",
    answers: [secret],
    visibility: "Only me",
  });
  await writeEntry(a.page, {
    stage: "communication",
    exercise: "A gentle start-up check-in",
    answers: [partnerOnly],
    visibility: "Me and my partner",
  });
  for (const page of [a.page, b.page]) {
    await page.goto("/app/stages/acknowledgment");
    await page.getByRole("button", { name: "Mark my part done" }).click();
    await expect(page.getByRole("button", { name: "Reopen this stage" })).toBeVisible();
  }

  const url = await createLink(a.page, "Dr. Rivera");
  await expect(a.page.getByTestId("share-link").filter({ hasText: "Dr. Rivera" })).toContainText("Created by you");

  // A fresh browser with no account opens the link.
  const therapistContext = await browser.newContext();
  const therapist = await therapistContext.newPage();
  const requests: string[] = [];
  therapist.on("request", (r) => requests.push(r.url()));
  const response = await therapist.goto(url);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
  expect(headers["cache-control"]).toContain("no-store");

  await expect(therapist.getByRole("heading", { level: 1, name: "Alex & Sam" })).toBeVisible();
  await expect(therapist.getByText("Read-only view")).toBeVisible();
  await expect(therapist.getByText("You can read this page, not change it.")).toBeVisible();
  const entries = therapist.getByRole("region", { name: "Entries shared with you" });
  await expect(entries.getByRole("heading", { name: /Stage 1 · Acknowledgment/ })).toBeVisible();
  await expect(entries.getByRole("article", { name: "Write your accountability statement" })).toContainText(shared);
  await expect(therapist.getByText(secret)).toHaveCount(0);
  await expect(therapist.getByText(partnerOnly)).toHaveCount(0);
  const journey = therapist.getByRole("region", { name: "Journey progress" });
  await expect(journey.getByRole("listitem").filter({ hasText: "Acknowledgment and sincere repentance" })).toContainText("Done together");
  await expect(journey.getByRole("listitem").filter({ hasText: "Open communication and honesty" })).toContainText("Not yet marked done");
  await expect(therapist.getByRole("region", { name: "Since your last visit" })).toContainText("first visit");

  // Nothing to edit: no form, no field, and the only buttons print and leave (the quick exit, on every page).
  await expect(therapist.locator("form, input, textarea, select, [contenteditable]")).toHaveCount(0);
  await expect(therapist.getByRole("button")).toHaveText([/^Quick exit/, "Print or save as PDF"]);
  // No third-party resources.
  const origin = new URL(url).origin;
  expect(requests.filter((r) => !r.startsWith(origin) && !r.startsWith("data:"))).toEqual([]);
  await expectNoAxeViolations(therapist);

  // The other partner sees the link, who made it and the visit, and switches it off.
  await b.page.goto("/app/settings/sharing");
  const card = b.page.getByTestId("share-link").filter({ hasText: "Dr. Rivera" });
  await expect(card).toContainText("Created by Alex");
  await expect(card).toContainText("Active");
  await expect(card.getByRole("list", { name: "Visits to the link for Dr. Rivera" }).getByRole("listitem")).toHaveCount(1);
  await expect(card).toContainText("Chrome on Linux");
  await card.getByRole("button", { name: "Switch off the link for Dr. Rivera" }).click();
  await card.getByRole("button", { name: "Yes, switch it off" }).click();
  await expect(card).toContainText("Switched off");
  await expect(card).toContainText("by you");

  const after = await therapist.reload();
  expect(after?.status()).toBe(404);
  await expect(therapist.getByRole("heading", { name: "This link isn't available" })).toBeVisible();
  await expect(therapist.getByText(shared)).toHaveCount(0);

  // The creator sees the revocation and the visit in the access log too.
  await a.page.goto("/app/settings/sharing");
  const seenByA = a.page.getByTestId("share-link").filter({ hasText: "Dr. Rivera" });
  await expect(seenByA).toContainText("Switched off");
  await expect(seenByA).toContainText("by Sam");
  await seenByA.getByText("Access log").click();
  await expect(seenByA).toContainText("1 visit");
  await expect(seenByA.getByRole("button", { name: /Switch off/ })).toHaveCount(0);
});

test("unknown and malformed links get the same 404 as a revoked one", async ({ request }) => {
  for (const token of ["A".repeat(43), "not-a-token", "%2e%2e%2fetc"]) {
    const res = await request.get(`/share/${token}`);
    expect(res.status()).toBe(404);
    expect(res.headers()["referrer-policy"]).toBe("no-referrer");
    expect(res.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    expect(await res.text()).toContain("This link isn");
  }
  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toMatch(/Disallow: \/share\//);
});

test("creating a link explains bad input next to each field and keeps what was typed", async ({ browser }) => {
  const { a } = await setUpCouple(browser, ["Lee", "Kai"]);
  const page = a.page;
  await page.goto("/app/settings/sharing");
  await expect(page.getByText("No links yet")).toBeVisible();
  // The form starts with every section unticked, however many the link offers: the couple chooses.
  const sections = page.getByRole("group", { name: "What the link shows" }).getByRole("checkbox");
  expect(await sections.count()).toBeGreaterThan(5);
  for (const box of await sections.all()) await expect(box).not.toBeChecked();
  await page.getByLabel("Days the link works").fill("400");
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByText("Enter the therapist's name.")).toBeVisible();
  await expect(page.getByText("Choose at least one thing to share.")).toBeVisible();
  await expect(page.getByText("A link can last at most 180 days.")).toBeVisible();
  await expect(page.getByLabel("Days the link works")).toHaveValue("400");
  await expect(page.getByLabel("Days the link works")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Therapist's name").fill("Dr. Okafor");
  await page.getByRole("checkbox", { name: /Journey progress/ }).check();
  await page.getByLabel("Days the link works").fill("14");
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByRole("textbox", { name: "Link for Dr. Okafor" })).toHaveValue(/\/share\//);
  const card = page.getByTestId("share-link").filter({ hasText: "Dr. Okafor" });
  await expect(card).toContainText("Journey progress");
  await expect(card).not.toContainText("Entries shared");
  await expect(card).toContainText("No visits yet");
  // The raw link is shown once: after "I've copied it" (or a reload) it is gone for good.
  await page.getByRole("button", { name: "I've copied it" }).click();
  await expect(page.getByRole("textbox", { name: "Link for Dr. Okafor" })).toHaveCount(0);
  await page.reload();
  await expect(page.locator("input[readonly]")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
