import { z } from "zod";
import { text } from "@/lib/validation/form";

export const emailSchema = z
  .string({ error: "Enter your email." })
  .max(1000, "That email address is too long.")
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.email("Enter a valid email address, like name@example.com.").max(254, "That email address is too long."));

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const nameSchema = text("Your name", { max: 80 });

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX, "That password is too long."),
});
