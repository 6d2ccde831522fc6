import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NewPasswordField, NewPasswordFields } from "@/components/auth/new-password-fields";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";

// The hint beside every new password says "8 to 128 characters": the box itself holds both limits,
// on sign-up and on the change and reset forms alike (sign-up had only the minimum, the others only
// the maximum).
const inputs = (html: string) => [...html.matchAll(/<input[^>]*>/g)].map((m) => m[0]);

describe("a new password's box", () => {
  it("holds the hint's two limits on sign-up", () => {
    const html = renderToStaticMarkup(createElement(NewPasswordField, { label: "Password", name: "password" }));
    expect(html).toContain("characters");
    const [box] = inputs(html);
    expect(box).toContain(`minLength="${PASSWORD_MIN}"`);
    expect(box).toContain(`maxLength="${PASSWORD_MAX}"`);
  });

  it("holds them on the change and reset forms", () => {
    const html = renderToStaticMarkup(createElement(NewPasswordFields, { errors: {} }));
    const [chosen] = inputs(html).filter((i) => i.includes('name="newPassword"'));
    expect(chosen).toContain(`minLength="${PASSWORD_MIN}"`);
    expect(chosen).toContain(`maxLength="${PASSWORD_MAX}"`);
  });
});
