/** The chart actions, one chunk loaded on demand by the controller. */
export { insertCasualtyChart } from "./chart";
export { insertCompareChart } from "./compare-chart";
