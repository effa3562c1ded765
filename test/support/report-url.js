module.exports = "/report.test.json";
