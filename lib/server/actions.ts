import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { currentUser, requirePartner, requireUser, type PartnerContext, type UserContext } from "@/lib/server/access";
import { countDailyWrite } from "@/lib/server/quotas";
import { countInFirstTransaction } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { asFormData, formDataObject, parseWith, type ActionResult } from "@/lib/validation/form";
import { asJointWork } from "@/lib/server/safety/joint";

// Decision: input is parsed once, at the action layer. Every server action is defined here, with
// a zod schema from lib/validation/<noun>.ts that checks the *shape* of what was sent; domain
// functions in lib/server/** take typed, already-parsed input and check only what needs the
// database or the content (the row exists and is the caller's, the stage offers that exercise).
// Entry edits pass their body parser into updateEntry, which runs it inside its transaction.

/**
 * Every server action has this one shape: `(prevState, formData)`, as useActionState calls it.
 * Buttons send hidden fields the same way (components/ui/use-action.ts).
 */
export type FormAction<T = undefined> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;

type Handler<C, S extends z.ZodType, T> = (ctx: C, data: z.output<S>, form: FormData) => Promise<ActionResult<T>>;

type Options<Data = unknown> = {
  /** Field names sent more than once (checkboxes); they reach the schema as arrays. */
  arrays?: readonly string[];
  /** Paths to revalidate after a successful call; `[path, "layout"]` revalidates a whole layout. */
  revalidate?: readonly (string | readonly [string, "layout" | "page"])[];
  /**
   * Something the couple does together (a response, an agreement, confirming a log, shared
   * homework): refused on the server while joint exercises are paused, or while the caller's safety
   * check is due. A function decides from the parsed input (an entry of a joint kind) and may read
   * what never changes (the kind of the entry being edited).
   */
  joint?: boolean | ((data: Data, ctx: PartnerContext) => boolean | Promise<boolean>);
  /**
   * The handler's write runs in a `db.$transaction`: count the daily allowance at the start of that
   * transaction instead of in one of its own, so a save is one COMMIT (one disk sync, decision 004).
   * Refused there, the write rolls back. A call that opened no transaction (refused before its
   * write) is counted afterwards, as every well-formed call is.
   */
  allowanceInWrite?: boolean;
};

/** Thrown inside a write's transaction to roll it back when the daily allowance is used up. */
class AllowanceRefused extends Error {
  constructor(readonly refusal: ActionResult<never>) {
    super("daily allowance used up");
  }
}

function define<C, S extends z.ZodType, T>(
  require: () => Promise<C>,
  schema: S,
  handler: Handler<C, S, T>,
  options: Omit<Options, "joint"> & {
    allowance?: (ctx: C) => Promise<ActionResult<never> | null>;
    allowanceIn?: (tx: Prisma.TransactionClient, ctx: C) => Promise<ActionResult<never> | null>;
  },
): FormAction<T> {
  return async (_prev, input) => {
    const ctx = await require();
    // A public POST endpoint: a hand-made request can send anything in place of FormData.
    const form = asFormData(input);
    const parsed = parseWith(schema, formDataObject(form, options.arrays));
    if (!parsed.ok) return parsed;
    let result: ActionResult<T>;
    const { allowanceIn } = options;
    if (allowanceIn && options.allowanceInWrite) {
      const step = async (tx: Prisma.TransactionClient) => {
        const refusal = await allowanceIn(tx, ctx);
        if (refusal) throw new AllowanceRefused(refusal);
      };
      try {
        const run = await countInFirstTransaction(step, () => handler(ctx, parsed.data, form));
        result = run.result;
        if (!run.counted) {
          const refused = await options.allowance?.(ctx);
          if (refused && !result.ok) return refused;
        }
      } catch (error) {
        if (error instanceof AllowanceRefused) return error.refusal;
        throw error;
      }
    } else {
      const refused = await options.allowance?.(ctx);
      if (refused) return refused;
      result = await handler(ctx, parsed.data, form);
    }
    if (!result.ok) return result;
    for (const path of options.revalidate ?? []) {
      if (typeof path === "string") revalidatePath(path);
      else revalidatePath(path[0], path[1]);
    }
    return result;
  };
}

/**
 * Every page of the workspace: what most writes change shows on the home page, its stage and the
 * navigation's counts too, so the whole layout is revalidated. The one list every feature uses.
 */
export const WORKSPACE_PAGES = [["/app", "layout"]] as const;

/**
 * An action for a member of a couple: runs requirePartner() first (signed out → sign in; no couple →
 * welcome), and counts well-formed calls against the person's daily allowance (lib/server/quotas.ts).
 */
export function partnerAction<S extends z.ZodType, T = undefined>(
  schema: S,
  handler: Handler<PartnerContext, S, T>,
  options: Options<z.output<S>> = {},
) {
  const { joint } = options;
  const allowance = (ctx: PartnerContext) => countDailyWrite(ctx.userId);
  const allowanceIn = (tx: Prisma.TransactionClient, ctx: PartnerContext) => countDailyWrite(ctx.userId, tx);
  if (!joint) return define(requirePartner, schema, handler, { ...options, allowance, allowanceIn });
  // The one place the pause is enforced: every joint action passes here, whatever the UI shows.
  // The check itself runs inside each transaction the handler's write opens (safety/joint.ts).
  const guarded: Handler<PartnerContext, S, T> = async (ctx, data, form) => {
    const isJoint = typeof joint === "function" ? await joint(data, ctx) : joint;
    return isJoint ? asJointWork(ctx, () => handler(ctx, data, form)) : handler(ctx, data, form);
  };
  return define(requirePartner, schema, guarded, { ...options, allowance, allowanceIn });
}

/** An action for a signed-in person who may not have a couple yet: runs requireUser() first. */
export function userAction<S extends z.ZodType, T = undefined>(schema: S, handler: Handler<UserContext, S, T>, options: Options = {}) {
  return define(requireUser, schema, handler, options);
}

/** An action anyone may call (sign-up). The handler gets the visitor's user, or null when signed out. */
export function publicAction<S extends z.ZodType, T = undefined>(
  schema: S,
  handler: Handler<UserContext | null, S, T>,
  options: Options = {},
) {
  return define(currentUser, schema, handler, options);
}

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });
export const done: ActionResult = { ok: true, data: undefined };
