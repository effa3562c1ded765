import { checkReport } from "../../src/model/check-report";
import type { Report } from "../../src/model/report";
import { refreshCompareRows } from "../../src/server/compare-rows";
import { CompareService } from "../../src/server/compare-service";
import { openDatabase, type Database } from "../../src/server/database";
import { migrate } from "../../src/server/migrate";
import { Library } from "../../src/query/library";
import { compareFigure } from "../../src/query/compare";
import { placeKey, publishedOn, rowsOf } from "../../src/server/report-rows";
import { ReportsService } from "../../src/server/reports-service";
import { databaseUrl, engines, reportAs, stopPostgres } from "./support";

afterAll(stopPostgres);

const REPORT_ID = -1;
const MATCHED = 9;

/** The bundled report with its Gaza Strip renamed (the id, figures and mentions stay). */
function renamed(id: string, title: string, published: string, name: string, aliases: string[]): Report {
  const report = reportAs(id, title, published);
  const gaza = report.places.find((place) => place.id === "place:gaza-strip")!;
  Object.assign(gaza, { name, aliases });
  return report;
}

const GAZA_GEONAMES_ID = 7303783;

/** The report with its Gaza Strip matched in the gazetteer (GeoNames id 7303783). */
function inGazetteer(report: Report): Report {
  const gaza = report.places.find((place) => place.id === "place:gaza-strip")!;
  gaza.geo = { matched: true, level: "division", name: "Gaza Strip", geonamesId: GAZA_GEONAMES_ID, country: "PS" };
  return report;
}

/** REPORT.COMPARE's rows in the add-in, over a workbook holding these reports. */
function addInRows(reports: readonly Report[], where: string, measure: string): unknown[][] {
  const table = compareFigure(new Library(reports.map((report) => ({ report, origin: "workbook" as const }))), where, measure);
  return table.ok ? table.value.rows : [];
}

const checked = (report: Report): Report => {
  const { report: valid, problems } = checkReport(report);
  if (!valid) throw new Error(problems.join("\n"));
  return valid;
};

async function open(engine: "pglite" | "postgres"): Promise<Database> {
  const url = engine === "postgres" ? await databaseUrl() : undefined;
  return openDatabase(url ? { url } : { dataDir: "memory://" });
}

/**
 * Writes a version as a publish did before migration 003: the report's tables only, none of compare's. `keys` gives
 * subjects other place keys (the folded name a place with a GeoNames id had before migration 004).
 */
async function publishAsBefore003(db: Database, report: Report, version: number, keys: Record<string, string> = {}) {
  const id = report.source.id;
  const rows = rowsOf(report);
  const keyOf = new Map(rows.subjects.map((s) => [s.placeKey, keys[s.subjectId] ?? s.placeKey]));
  const subjects = rows.subjects.map((s) => ({ ...s, placeKey: keyOf.get(s.placeKey)! }));
  const figures = rows.figures.map((f) => ({ ...f, placeKey: keyOf.get(f.placeKey) ?? f.placeKey }));
  await db.transaction(async (tx) => {
    await tx.query(
      "insert into reports (id, current_version) values ($1, $2) on conflict (id) do update set current_version = $2",
      [id, version],
    );
    await tx.query(
      `insert into report_versions (report_id, version, report, sha256, title, outlet, published, published_on, published_by, search)
       values ($1, $2, $3, $4, $5, $6, $7, $8::date, 'erin', to_tsvector('english', $5))`,
      [
        id,
        version,
        JSON.stringify(report),
        report.source.sha256,
        report.source.title,
        report.source.outlet,
        report.source.published.value,
        publishedOn(report),
      ],
    );
    for (const s of subjects) {
      await tx.query(
        "insert into version_subjects (report_id, version, subject_id, place_key, name, names, name_keys) values ($1, $2, $3, $4, $5, $6, $7)",
        [id, version, s.subjectId, s.placeKey, s.name, s.names, s.nameKeys],
      );
    }
    for (const f of figures) {
      await tx.query(
        `insert into figures (report_id, version, figure_id, place_key, subject_name, measure, best, low, high, qualifier, published_on, compare_row)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::date, $12)`,
        [
          id,
          version,
          f.figureId,
          f.placeKey,
          f.subjectName,
          f.measure,
          f.best,
          f.low,
          f.high,
          f.qualifier,
          publishedOn(report),
          JSON.stringify(f.compareRow),
        ],
      );
    }
  });
}

describe.each(engines())("compare on %s", (engine) => {
  let db: Database;
  beforeEach(async () => {
    db = await open(engine);
  });
  afterEach(() => db.close());

  const publish = async (reports: ReportsService, report: Report, ifMatch?: number) =>
    reports.publish({ id: report.source.id, body: report, user: "erin", ...(ifMatch ? { ifMatch } : {}) });

  test("finds a place by its folded names, and by its key in reports that call it otherwise", async () => {
    await migrate(db);
    const reports = new ReportsService(db);
    await publish(reports, reportAs("known", "Knows Gaza", "2023-10-20"));
    await publish(reports, renamed("hyphen", "Calls it The Gaza‐Strip", "2023-11-01", "The Gaza‐Strip", []));
    await publish(reports, renamed("other", "Calls it Ghazzah", "2023-11-02", "Ghazzah", []));
    await publish(reports, reportAs("gone", "Withdrawn", "2023-11-03"));
    await reports.withdraw("report:gone", "ada");
    const compare = new CompareService(db);

    const byAlias = await compare.compare({ where: "GAZA", measure: " Killed " });
    expect(byAlias.rows.map((row) => row.at(REPORT_ID))).toEqual(["report:known", "report:hyphen"]);
    expect(byAlias.rows.map((row) => row[MATCHED])).toEqual(["Gaza Strip (as 'GAZA')", "The Gaza‐Strip (as 'The Gaza‐Strip')"]);
    const byFoldedName = await compare.compare({ where: "the gaza-STRIP", measure: "killed" });
    expect(byFoldedName.rows.map((row) => row[MATCHED])).toEqual([
      "Gaza Strip (as 'the gaza-STRIP')",
      "The Gaza‐Strip (as 'the gaza-STRIP')",
    ]);
    expect((await compare.compare({ where: "Ghazzah", measure: "killed" })).rows.map((row) => row.at(REPORT_ID))).toEqual([
      "report:other",
    ]);
    expect((await compare.compare({ where: "Gaza", measure: "hostages" })).rows).toEqual([]);
    expect((await compare.compare({ where: "Gaza", measure: "killed" })).reports).toBe(3);
  });

  test("matches a place by its GeoNames id across reports that name it otherwise, as REPORT.COMPARE does", async () => {
    await migrate(db);
    const reports = new ReportsService(db);
    const library = [
      checked(inGazetteer(reportAs("known", "Knows Gaza", "2023-10-20"))),
      checked(inGazetteer(renamed("other", "Calls it Ghazzah", "2023-11-01", "Ghazzah", []))),
      checked(renamed("unmatched", "Ghazzah, not in the gazetteer", "2023-11-02", "Ghazzah", [])),
    ];
    for (const report of library) await publish(reports, report);
    const compare = new CompareService(db);

    const gaza = await compare.compare({ where: "Gaza", measure: "killed" });
    expect(gaza.rows.map((row) => [row.at(REPORT_ID), row[MATCHED]])).toEqual([
      ["report:known", `Gaza Strip (as 'Gaza Strip', by GeoNames id ${GAZA_GEONAMES_ID})`],
      ["report:other", `Ghazzah (as 'Ghazzah', by GeoNames id ${GAZA_GEONAMES_ID})`],
    ]);
    for (const where of ["Gaza", "ghazzah", "the Gaza Strip"]) {
      for (const measure of ["killed", "injured"]) {
        const rows = (await compare.compare({ where: where, measure: measure })).rows;
        expect(rows.length).toBeGreaterThan(0);
        expect(rows).toEqual(addInRows(library, where, measure));
      }
    }
    expect((await compare.compare({ where: "ghazzah", measure: "killed" })).rows.map((row) => row.at(REPORT_ID))).toEqual([
      "report:known",
      "report:other",
      "report:unmatched",
    ]);
  });

  test("migration 004 keys the places already published by their GeoNames id, in compare's tables too", async () => {
    expect(await migrate(db, { through: "003-compare-current.sql" })).toHaveLength(3);
    const known = checked(inGazetteer(reportAs("known", "Knows Gaza", "2023-10-20")));
    const other = checked(inGazetteer(renamed("other", "Calls it Ghazzah", "2023-11-01", "Ghazzah", [])));
    const oldKey = (report: Report) => ({ "place:gaza-strip": placeKey("place", { name: report.places[0]!.name }) });
    for (const report of [known, other]) {
      await publishAsBefore003(db, report, 1, oldKey(report));
      await db.transaction((tx) => refreshCompareRows(tx, [report.source.id]));
    }
    const keysOf = async (table: "version_subjects" | "figures" | "compare_names" | "compare_figures") =>
      (
        await db.query<{ place_key: string }>(
          `select distinct place_key from ${table} where report_id = 'report:other' and (place_key like '%ghazzah' or place_key like 'geonames:%') order by 1`,
        )
      ).map((row) => row.place_key);
    for (const table of ["version_subjects", "figures", "compare_names", "compare_figures"] as const)
      expect(await keysOf(table)).toEqual(["place:ghazzah"]);
    expect(
      (await new CompareService(db).compare({ where: "Gaza", measure: "killed" })).rows.map((row) => row.at(REPORT_ID)),
    ).toEqual(["report:known"]);

    expect(await migrate(db, { through: "004-geonames-keys.sql" })).toEqual(["004-geonames-keys.sql"]);
    for (const table of ["version_subjects", "figures", "compare_names", "compare_figures"] as const)
      expect(await keysOf(table)).toEqual([`geonames:${GAZA_GEONAMES_ID}`]);
    const gaza = await new CompareService(db).compare({ where: "Gaza", measure: "killed" });
    expect(gaza.rows.map((row) => row.at(REPORT_ID))).toEqual(["report:known", "report:other"]);
    expect(gaza.rows).toEqual(addInRows([known, other], "Gaza", "killed"));
  });

  test("a place keyed by its GeoNames id still links, by its names, a report with no id for it (migration 005)", async () => {
    expect(await migrate(db, { through: "002-drafts.sql" })).toHaveLength(2);
    const known = checked(inGazetteer(reportAs("known", "Knows Gaza", "2023-10-20")));
    const plain = checked(renamed("plain", "Gaza Strip, no id, no alias", "2023-11-01", "Gaza Strip", []));
    await publishAsBefore003(db, known, 1, { "place:gaza-strip": placeKey("place", { name: "Gaza Strip" }) });
    await publishAsBefore003(db, plain, 1);
    // 004 keys the known report's Gaza Strip by its id and builds compare's rows without the links.
    expect(await migrate(db, { through: "004-geonames-keys.sql" })).toHaveLength(2);
    const ids = async () =>
      (await new CompareService(db).compare({ where: "Gaza", measure: "killed" })).rows.map((row) => row.at(REPORT_ID));
    expect(await ids()).toEqual(["report:known"]);

    expect(await migrate(db)).toEqual(["005-geonames-name-links.sql"]);
    expect(await ids()).toEqual(["report:known", "report:plain"]);
    for (const [where, measure] of [
      ["Gaza", "killed"],
      ["Gaza Strip", "killed"],
      ["the Gaza Strip", "injured"],
    ] as const) {
      const rows = (await new CompareService(db).compare({ where, measure })).rows;
      expect(rows.map((row) => row.at(REPORT_ID))).toEqual(["report:known", "report:plain"]);
      expect(rows).toEqual(addInRows([known, plain], where, measure));
    }

    // Publishing gives the same links.
    const published = await open(engine);
    try {
      await migrate(published);
      const reports = new ReportsService(published);
      for (const report of [known, plain]) await publish(reports, report);
      expect(await new CompareService(published).compare({ where: "Gaza", measure: "killed" })).toEqual(
        await new CompareService(db).compare({ where: "Gaza", measure: "killed" }),
      );
    } finally {
      await published.close();
    }
  });

  test("reads one snapshot: a withdraw committed between the names and the figures does not show", async () => {
    await migrate(db);
    const reports = new ReportsService(db);
    await publish(reports, reportAs("stays", "Stays", "2023-10-20"));
    await publish(reports, reportAs("goes", "Goes", "2023-10-21"));
    let withdrawn: Promise<unknown> = Promise.resolve();
    const compare = new CompareService(db, async () => {
      withdrawn = reports.withdraw("report:goes", "ada");
      // PGlite has one connection, which the compare holds: its withdraw waits for it, so it is not awaited here.
      if (engine === "postgres") await withdrawn;
    });
    const during = await compare.compare({ where: "Gaza", measure: "killed" });
    await withdrawn;
    expect([during.reports, during.rows.map((row) => row.at(REPORT_ID))]).toEqual([2, ["report:stays", "report:goes"]]);
    const after = await new CompareService(db).compare({ where: "Gaza", measure: "killed" });
    expect([after.reports, after.rows.map((row) => row.at(REPORT_ID))]).toEqual([1, ["report:stays"]]);
  });

  test("a snapshot is read only and repeatable read", async () => {
    await migrate(db);
    const level = await db.snapshot((tx) => tx.query<{ transaction_isolation: string }>("show transaction_isolation"));
    expect(level).toEqual([{ transaction_isolation: "repeatable read" }]);
    await expect(
      db.snapshot((tx) => tx.query("insert into reports (id, current_version) values ('report:x', 1)")),
    ).rejects.toThrow(/read-only/);
    expect(await db.query("select id from reports")).toEqual([]);
  });

  test("migration 003 gives a library the earlier migrations held the rows publishing gives it", async () => {
    expect(await migrate(db, { through: "002-drafts.sql" })).toEqual(["001-library.sql", "002-drafts.sql"]);
    const library = [
      checked(reportAs("twice", "First version", "2023-10-20")),
      checked(reportAs("twice", "Second version", "2023-10-21")),
      checked(renamed("hyphen", "Calls it The Gaza‐Strip", "2023-11-01", "The Gaza‐Strip", [])),
      checked(reportAs("gone", "Withdrawn", "2023-11-03")),
    ];
    const versions = [1, 2, 1, 1];
    for (const [i, report] of library.entries()) await publishAsBefore003(db, report, versions[i]!);
    await db.query("update reports set withdrawn_at = now(), withdrawn_by = 'ada' where id = 'report:gone'");
    expect(await migrate(db, { through: "003-compare-current.sql" })).toEqual(["003-compare-current.sql"]);

    const published = await open(engine);
    try {
      await migrate(published);
      const reports = new ReportsService(published);
      for (const [i, report] of library.entries())
        await publish(reports, report, versions[i]! > 1 ? versions[i]! - 1 : undefined);
      await reports.withdraw("report:gone", "ada");
      for (const [where, measure] of [
        ["Gaza", "killed"],
        ["the Gaza Strip", "injured"],
        ["Israel", "hostages"],
      ] as const) {
        const migrated = await new CompareService(db).compare({ where: where, measure: measure });
        expect(migrated.rows.length).toBeGreaterThan(0);
        expect(migrated).toEqual(await new CompareService(published).compare({ where: where, measure: measure }));
      }
      const gaza = await new CompareService(db).compare({ where: "Gaza", measure: "killed" });
      expect(gaza.rows.map((row) => [row[0], row.at(REPORT_ID)])).toEqual([
        ["Second version", "report:twice"],
        ["Calls it The Gaza‐Strip", "report:hyphen"],
      ]);
    } finally {
      await published.close();
    }
  });
});
