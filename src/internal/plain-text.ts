/**
 * Text from an API as the page may show it: control characters and bidirectional embeddings,
 * overrides and isolates (U+202A–E, U+2066–9) dropped — a title carrying U+202E would reverse
 * the text after it on the page — and trimmed. Whitespace stays (the page collapses it), and so
 * do non-breaking spaces: French puts one before `?` and `:`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const plainText = (text = ''): string => text.replace(/[\0-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, '').trim();
