/** The workbook's custom XML parts for tests: the fake Excel (fake-excel.ts), under the name older tests use. */
export { fakeWorkbook as mockCustomXmlParts } from "./fake-excel";
