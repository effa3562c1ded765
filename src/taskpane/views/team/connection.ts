/**
 * The team library connection (its address and the user's token), kept in the add-in's own storage on this machine:
 * the shared runtime is a browser runtime with local storage (learn.microsoft.com, "Runtimes in Office Add-ins"),
 * scoped to the add-in's origin. Never in the workbook: a workbook travels, a token must not.
 */
export interface TeamConnection {
  url: string;
  token: string;
}

const KEY = "report-data.team-library";

/** The storage of this machine, when there is one (none in Node, or where the host refuses it). */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function savedConnection(store: Storage | undefined = storage()): TeamConnection | undefined {
  try {
    const value: unknown = JSON.parse(store?.getItem(KEY) ?? "null");
    const { url, token } = (value ?? {}) as Partial<TeamConnection>;
    return typeof url === "string" && typeof token === "string" ? { url, token } : undefined;
  } catch {
    return undefined;
  }
}

export function saveConnection(connection: TeamConnection, store: Storage | undefined = storage()): boolean {
  try {
    store?.setItem(KEY, JSON.stringify(connection));
    return store !== undefined;
  } catch {
    return false;
  }
}

export function forgetConnection(store: Storage | undefined = storage()): void {
  try {
    store?.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
