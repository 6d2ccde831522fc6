/**
 * A setting switched on or off: the checkbox, what it does in bold and, beneath, what that means.
 * Any other input attribute (name, defaultChecked or checked, onChange) goes to the checkbox.
 */
export function CheckboxField({
  label,
  children,
  ...input
}: Omit<React.InputHTMLAttributes<HTMLInputElement>, "type" | "className"> & { label: string; children: React.ReactNode }) {
  return (
    <label className="flex items-start gap-3 text-sm">
      <input type="checkbox" className="mt-1 size-4 accent-brand-700" {...input} />
      <span>
        <span className="font-medium">{label}</span>
        <span className="block text-muted">{children}</span>
      </span>
    </label>
  );
}
