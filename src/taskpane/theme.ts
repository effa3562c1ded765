/**
 * Office's theme colours, where the host gives them (Office.context.officeTheme): the page's CSS
 * reads every colour from these variables. Office gives no accent colour; a dark theme gets the
 * accent and marks that stay readable on it.
 */
export function applyOfficeTheme(theme: Office.OfficeTheme | undefined, root: HTMLElement = document.documentElement): void {
  if (!theme) return;
  const set = (name: string, value: string | undefined) => {
    if (value) root.style.setProperty(name, value);
  };
  set("--surface", theme.bodyBackgroundColor);
  set("--text", theme.bodyForegroundColor);
  set("--control-surface", theme.controlBackgroundColor);
  set("--control-text", theme.controlForegroundColor);
  // Older hosts give no isDarkTheme: judge by the background.
  const dark = theme.isDarkTheme ?? (theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) < 0.35 : false);
  if (dark) root.dataset.theme = "dark";
  else delete root.dataset.theme;
}

/** Relative luminance of a #rrggbb colour (0 black, 1 white); 1 for anything else. */
function luminance(colour: string): number {
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return 1;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
