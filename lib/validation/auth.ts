import { z } from "zod";
import { nameText } from "@/lib/validation/form";
import { isCommonPassword } from "@/lib/validation/common-passwords";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { NAME_MAX } from "@/lib/validation/limits";

export const emailSchema = z
  .string({ error: "Enter your email." })
  .max(1000, "That email address is too long.")
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.email("Enter a valid email address, like name@example.com.").max(254, "That email address is too long."));

/** Sign-in accepts what earlier versions allowed to be set (up to 200), so nobody is locked out. */
const SIGN_IN_PASSWORD_MAX = 200;

/** A new password: 8–128 characters, not one of the most common ones. */
export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !isCommonPassword(p), "That password is one of the most common, so it is easy to guess. Try a short sentence instead.");

export const nameSchema = nameText("Your name", { max: NAME_MAX });

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const SIGN_UP_LINK_INVALID = "This link has expired or was already used. Sign up again to get a new one.";
export const confirmSignUpSchema = z.object({
  token: z.string({ error: SIGN_UP_LINK_INVALID }).max(200, SIGN_UP_LINK_INVALID),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(SIGN_IN_PASSWORD_MAX, "That password is too long."),
});

const currentPasswordSchema = z
  .string({ error: "Enter your current password." })
  .min(1, "Enter your current password.")
  .max(SIGN_IN_PASSWORD_MAX, "That password is too long.");

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "Type the new password again." }),
  })
  .refine((d) => d.confirmPassword === d.newPassword, { path: ["confirmPassword"], message: "The two new passwords don't match." })
  .refine((d) => d.newPassword !== d.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });

export const requestResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({ token: z.string().max(100), newPassword: passwordSchema, confirmPassword: z.string({ error: "Type the new password again." }) })
  .refine((d) => d.confirmPassword === d.newPassword, { path: ["confirmPassword"], message: "The two new passwords don't match." });

export const endSessionSchema = z.object({
  id: z
    .string({ error: "That session has already ended." })
    .min(1, "That session has already ended.")
    .max(64, "That session has already ended."),
});
