import type { z } from "zod";
import type { FieldSpec, FormValues } from "@/lib/entries/fields";
import type { Visibility } from "@/lib/entries/labels";
import { text } from "@/lib/validation/form";

/** Every entry body is a JSON object. */
export type BodySchema = z.ZodType<object>;

/**
 * A stage tool: the kind offered on its own section of a stage page, beside the exercises. Which
 * stage offers it is in lib/content/stage-features.ts.
 */
export type ToolSpec = {
  title: string;
  description: string;
  /** The empty state teaches what to write. */
  empty: { title: string; text: string };
  addLabel: string;
  /**
   * The page the tool lives on instead of its stages' pages (the decision point's notes). Its
   * entries are still stored with the stage, so the stage's reads and writes stay the one path.
   */
  page?: `/app/${string}`;
};

/**
 * Everything Mend knows about one kind of entry. Methods (not arrow properties) on purpose:
 * their parameters are checked per kind in the kind's file, and the registry can still hold
 * every kind under this one type.
 */
export type KindDefinition<K extends string = string, S extends BodySchema = BodySchema> = {
  kind: K;
  /** The stored JSON body; every write is checked against it. */
  schema: S;
  /** What an entry shows when its stored body no longer passes the schema (an older shape). */
  blank: z.output<S>;
  /** The form fields; exercise kinds get one box per prompt of the exercise. */
  fields(exercise?: { prompts: readonly string[] }): FieldSpec[];
  /**
   * A submitted form as a body, before validation. `previous` is the stored body when editing:
   * the place for fields the form does not carry (ticks, who marked it done).
   */
  fromForm(form: FormData, previous: z.output<S> | undefined): unknown;
  /** A stored body as the edit form's values. */
  toValues(body: z.output<S>): FormValues;
  /** With its article, for sentences: "shared a growth goal". */
  noun: string;
  /** A heading for one entry where no exercise title applies (the therapist view). */
  title: string;
  /** Preselected in the form. For exercise kinds "private" is also a rule content can't loosen. */
  defaultVisibility: Visibility;
  /**
   * Only its author ever reads it: the form offers no choice of who sees it, the write refuses any
   * other visibility, and writing or deleting one leaves no line in the couple's audit trail.
   */
  onlyMe?: boolean;
  /** Written in answer to an exercise of the stage content. */
  exercise: boolean;
  tool?: ToolSpec;
  /** A plain sentence shown at the top of the form (what Mend does and doesn't do with it). */
  note?: string;
  /** Shows the accountability highlighter under each text box. */
  highlight?: boolean;
  /** The other partner can answer it ("I feel heard" / "Not yet"). */
  respondable?: boolean;
  /** Done together by the couple: refused while joint exercises are paused (lib/server/safety). */
  joint?: boolean;
};

/** Checks a kind's definition and keeps its literal types (the kind name, `exercise`). */
export function defineKind<const K extends string, S extends BodySchema, const E extends boolean>(
  definition: KindDefinition<K, S> & { exercise: E },
): KindDefinition<K, S> & { exercise: E } {
  return definition;
}

export const TITLE_MAX = 200;

/**
 * A text box of a kind's form and its check, from one limit: the box's maxLength is the schema's
 * max, so the browser stops where the server would refuse. `errorLabel` names the field in error
 * messages when its label is a long question ("Enter warning signs."); `min: 0` makes it optional.
 */
export function textField(
  name: string,
  label: string,
  {
    max,
    min = 1,
    type = "textarea",
    hint,
    errorLabel = label,
  }: { max: number; min?: number; type?: "text" | "textarea"; hint?: string; errorLabel?: string },
) {
  const field: FieldSpec = { name, label, type, ...(min > 0 ? { required: true } : {}), maxLength: max, ...(hint ? { hint } : {}) };
  return { field, schema: text(errorLabel, { min, max }) };
}

/** The required one-line title several kinds start with. */
export function titled(label: string, hint?: string) {
  return textField("title", label, { max: TITLE_MAX, type: "text", hint });
}
