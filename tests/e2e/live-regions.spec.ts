import { expect, test } from "@playwright/test";
import { createWorkspace, signUp } from "./helpers";

// Issue 22 §8: status and alert regions are in the page before anything is said in them, and a
// second "Saved." is a change a screen reader hears, not the same text left standing.

test("a form's status and alert regions wait empty in the page, and saving twice says 'Saved.' twice", async ({ page }) => {
  await signUp(page, "Robin");
  await createWorkspace(page, "Robin's workspace");
  await page.goto("/app/settings");
  const form = page.locator("form").filter({ has: page.getByLabel("Your name") });
  const status = form.getByRole("status");
  // Present, and silent, before the first save; the form's alert region too.
  await expect(status).toHaveCount(1);
  await expect(status).toHaveText("");
  await expect(form.getByRole("alert")).toHaveCount(1);
  await expect(form.getByRole("alert")).toHaveText("");

  // Every change of the region's words, as a screen reader would be told of them.
  await status.evaluate((el) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(el.textContent ?? "")).observe(el, { childList: true, subtree: true, characterData: true });
  });
  const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said.filter((s, i, all) => s !== all[i - 1]));

  await form.getByRole("button", { name: "Save" }).click();
  await expect(status).toHaveText("Saved.");
  await form.getByRole("button", { name: "Save" }).click();
  await expect.poll(said).toEqual(["Saved.", "", "Saved."]);
  await expect(status).toHaveText("Saved.");
});
