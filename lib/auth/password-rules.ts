// The rules for a new password, apart from the zod schema (lib/validation/auth.ts) that enforces
// them: the forms show them as hints and field limits without loading zod in the browser.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const PASSWORD_HINT = `${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A short sentence only you would think of works well, like “our kettle sings off-key”.`;
