/** The controls the visitor fills, in the order the form shows them. */
export const FIELD_NAMES = ['firstName', 'lastName', 'email', 'phone', 'programme', 'slot', 'message', 'consent'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** The optional fields that the `fields` attribute picks from. */
export const OPTIONAL_FIELDS = ['programme', 'slot', 'message'] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

export const isOptional = (name: string): name is OptionalField => (OPTIONAL_FIELDS as readonly string[]).includes(name);

/** What the visitor typed, as typed, by control name; the consent box reads "on" when ticked. */
export type FormValues = Partial<Record<string, string>>;
/** Field → message; the form's summary also lists messages under other keys. */
export type Errors = Partial<Record<string, string>>;
