/**
 * The theme panel's model: the `--campus-*` properties it edits, their defaults (the values
 * `src/internal/host-styles.ts` falls back to), how they are applied, and the CSS to copy.
 */

export interface Theme {
  primary: string;
  onPrimary: string;
  surface: string;
  text: string;
  /** px */
  radius: number;
  /** px */
  space: number;
  font: string;
}

export const defaultTheme: Theme = {
  primary: '#1f4fb4',
  onPrimary: '#ffffff',
  surface: '#ffffff',
  text: '#1d2433',
  radius: 8,
  space: 16,
  font: 'inherit',
};

/** Font stacks offered by the panel, all installed or generic: the page loads no web font. */
export const fontChoices = [
  { value: 'inherit', label: 'fontInherit' },
  { value: 'system-ui, sans-serif', label: 'fontSystem' },
  { value: 'Georgia, "Times New Roman", serif', label: 'fontSerif' },
  { value: '"Trebuchet MS", "Gill Sans", sans-serif', label: 'fontHumanist' },
  { value: 'ui-monospace, "Courier New", monospace', label: 'fontMono' },
] as const;

/** The custom properties, in the order the CSS lists them. */
export function themeProperties(theme: Theme): Array<[string, string]> {
  return [
    ['--campus-color-primary', theme.primary],
    ['--campus-color-on-primary', theme.onPrimary],
    ['--campus-color-surface', theme.surface],
    ['--campus-color-text', theme.text],
    ['--campus-radius', `${theme.radius}px`],
    ['--campus-space', `${theme.space}px`],
    ['--campus-font-family', theme.font],
  ];
}

/**
 * Sets the properties on `:root` through the CSSOM (no `style` attribute is parsed, so a strict
 * `style-src 'self'` policy allows it). They inherit into every element's shadow root.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  for (const [name, value] of themeProperties(theme)) root.style.setProperty(name, value);
}

export function themeCss(theme: Theme): string {
  const lines = themeProperties(theme).map(([name, value]) => `  ${name}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}`;
}
