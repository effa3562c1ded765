// The bundled report as a file of the build (webpack.config.js: asset/resource): its URL.
declare module "*/report.json?url" {
  const url: string;
  export default url;
}
