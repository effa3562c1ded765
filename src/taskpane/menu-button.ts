import { el } from "./dom";
import { isDisabled } from "./views/disabled";

export type MenuEntry = { label: string; run: () => void } | "separator";

export interface MenuButton {
  element: HTMLElement;
  button: HTMLButtonElement;
  /** The menu's items, in the order of the entries (separators left out). */
  items: HTMLButtonElement[];
}

/**
 * A WAI-ARIA menu button: Enter, Space or ArrowDown open the menu on its first item (ArrowUp on its
 * last); arrows, Home and End move; Enter or Space runs an item; Escape closes and returns focus to
 * the button, as does running an item; Tab closes it and moves on. A disabled item stays in the menu,
 * focusable, with its reason (aria-disabled, aria-describedby), and does nothing.
 */
export function menuButton(id: string, label: string, entries: readonly MenuEntry[]): MenuButton {
  const button = el(
    "button",
    {
      class: "action menu-button",
      type: "button",
      id: `${id}-button`,
      "aria-haspopup": "menu",
      "aria-expanded": "false",
      "aria-controls": `${id}-menu`,
    },
    label,
    el("span", { class: "chevron", "aria-hidden": "true" }, "▾"),
  );
  const items: HTMLButtonElement[] = [];
  const menu = el("div", { role: "menu", id: `${id}-menu`, "aria-labelledby": `${id}-button`, class: "menu", hidden: true });
  const element = el("div", { class: "menu-wrap" }, button, menu);

  const isOpen = () => !menu.hidden;
  const focusItem = (index: number) => items[(index + items.length) % items.length]?.focus();
  const open = (at: "first" | "last") => {
    menu.hidden = false;
    button.setAttribute("aria-expanded", "true");
    focusItem(at === "first" ? 0 : items.length - 1);
  };
  const close = (returnFocus: boolean) => {
    if (!isOpen()) return;
    menu.hidden = true;
    button.setAttribute("aria-expanded", "false");
    if (returnFocus) button.focus();
  };

  for (const entry of entries) {
    if (entry === "separator") {
      menu.append(el("div", { role: "separator", class: "menu-separator" }));
      continue;
    }
    const item = el("button", { role: "menuitem", type: "button", tabindex: "-1", class: "menu-item ms-font-m" }, entry.label);
    item.addEventListener("click", () => {
      if (isDisabled(item)) return;
      close(true);
      entry.run();
    });
    items.push(item);
    menu.append(item);
  }

  button.addEventListener("click", () => (isOpen() ? close(true) : open("first")));
  button.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      open(event.key === "ArrowDown" ? "first" : "last");
    }
  });
  menu.addEventListener("keydown", (event) => {
    const at = items.indexOf(event.target as HTMLButtonElement);
    const moves: Record<string, number | undefined> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: items.length - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusItem(to);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      // Focus moves on from the button, as if the menu had not been opened.
      close(true);
    }
  });
  // A click elsewhere, or focus leaving (the pane losing focus included), closes it.
  element.ownerDocument.addEventListener("pointerdown", (event) => {
    if (!element.contains(event.target as Node)) close(false);
  });
  element.addEventListener("focusout", (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !element.contains(next)) close(false);
  });
  return { element, button, items };
}
