/**
 * A workbook's custom XML parts for tests, with Office's batch semantics: calls queue work, `context.sync()` runs it,
 * and a part's `getXml()` value can be read only after the sync. The parts outlive a runtime (one `Excel.run` after
 * another, or a new library), as they live in the file. Parts over 1 MB are refused, as Excel on the web does
 * (office-js #2408).
 */
export interface XmlPartsOptions {
  /** The n-th sync (1-based) applies only the first `applied` queued operations, then rejects. */
  failSync?: { at: number; applied: number };
}

export function mockCustomXmlParts(options: XmlPartsOptions = {}) {
  const parts = new Map<string, { namespace: string; xml: string }>();
  let nextId = 1;
  let syncs = 0;
  let queue: Array<() => void> = [];
  const namespaceOf = (xml: string) => /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";

  const handle = (id: string) => {
    const result = { loaded: false, text: "" };
    return {
      id,
      getXml: () => {
        const value = {
          get value() {
            if (!result.loaded) throw new Error("getXml().value read before context.sync()");
            return result.text;
          },
        };
        queue.push(() => {
          result.loaded = true;
          result.text = parts.get(id)!.xml;
        });
        return value;
      },
      delete: () => queue.push(() => parts.delete(id)),
    };
  };

  const context = {
    workbook: {
      customXmlParts: {
        add: (xml: string) => {
          queue.push(() => {
            if (xml.length > 1_000_000) throw new Error(`part of ${xml.length} characters: over Excel on the web's limit`);
            parts.set(String(nextId++), { namespace: namespaceOf(xml), xml });
          });
        },
        getByNamespace: (namespace: string) => {
          const collection = { loaded: false, found: [] as ReturnType<typeof handle>[] };
          return {
            load: () =>
              queue.push(() => {
                collection.loaded = true;
                collection.found = [...parts].filter(([, p]) => p.namespace === namespace).map(([id]) => handle(id));
              }),
            get items() {
              if (!collection.loaded) throw new Error("items read before load() and context.sync()");
              return collection.found;
            },
          };
        },
      },
    },
    sync: async () => {
      syncs++;
      const work = queue;
      queue = [];
      if (options.failSync?.at === syncs) {
        work.slice(0, options.failSync.applied).forEach((op) => op());
        throw new Error("The sync failed");
      }
      work.forEach((op) => op());
    },
  };
  (globalThis as Record<string, unknown>).Excel = { run: async <T>(callback: (ctx: unknown) => Promise<T>) => callback(context) };
  return {
    parts,
    syncs: () => syncs,
    resetSyncs: () => (syncs = 0),
    failNext: (fail: XmlPartsOptions["failSync"]) => (options.failSync = fail && { ...fail, at: syncs + fail.at }),
  };
}
