/**
 * Two builds from one config:
 * - addin → dist/: the Excel add-in. One shared runtime: taskpane.html loads the task pane and the
 *   custom functions (functions.json is generated from the JSDoc in src/functions/functions.ts, and the
 *   plugin appends the CustomFunctions.associate calls); the ribbon button only shows that page.
 * - preview → dist/preview/: the same task pane beside an in-browser workbook computed by HyperFormula,
 *   for machines without Excel (npm start on Linux, the end-to-end tests). HyperFormula is GPL-3.0, so it
 *   lives only here; scripts/build.js fails the build if any of it reaches the add-in.
 * `webpack --env target=addin` or `--env target=preview` builds one of them.
 */
const fs = require("fs");
const Module = require("module");
const path = require("path");
const ts = require("typescript");
const { sources } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DIST = path.resolve(__dirname, "dist");
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const DEV_SERVER_PORT = 3000; // manifest.xml points here
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/**
 * Copied beside each page: icons, help, the bundled catalogue (assets/catalogue.json) and the seed
 * documents, which the pane's card reads to show a quote in its paragraph (src/taskpane/mount.tsx).
 */
const PAGE_ASSETS = [
  { from: "assets", to: "assets", globOptions: { ignore: ["**/screenshots/**"] } },
  { from: "seeds/*.txt", to: "assets/documents/[name][ext]" },
];
/** What office.js itself loads outside an Office host; the rest of its 86 MB dist is for Office hosts. */
const OFFICE_JS_FILES = ["office.js", "o15apptofilemappingtable.js"];

/** Loads a small TypeScript module of ours (type-only imports) into this Node process. */
function requireTs(file) {
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: file,
  });
  const loaded = new Module(file, module);
  loaded.filename = file;
  loaded.paths = Module._nodeModulePaths(path.dirname(file));
  loaded._compile(outputText, file);
  return loaded.exports;
}

/**
 * After CustomFunctionsMetadataPlugin emits functions.json: finish it and add the zh-CN copy
 * (src/functions/metadata.ts decides both; the manifest points zh-CN at functions.zh-CN.json).
 */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedFunctionsMetadata", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const generated = compilation.getAsset("functions.json");
        if (!generated) return; // the metadata plugin reported why
        const { finalizeMetadata, zhCnMetadata } = requireTs(path.resolve(__dirname, "src/functions/metadata.ts"));
        const json = generated.source.source().toString();
        compilation.updateAsset("functions.json", new sources.RawSource(finalizeMetadata(json)));
        compilation.emitAsset("functions.zh-CN.json", new sources.RawSource(zhCnMetadata(json)));
      });
    });
  }
}

function common(mode) {
  const production = mode === "production";
  return {
    mode,
    devtool: production ? "source-map" : "eval-source-map",
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`'s job; ES modules let webpack tree-shake.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } },
          },
        },
      ],
    },
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

function htmlPage(title, scripts, body) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${scripts}
</head>
<body>
${body}
</body>
</html>
`;
}

function addinConfig(mode) {
  return {
    ...common(mode),
    name: "addin",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
    },
    output: { path: DIST, filename: "[name].js", clean: { keep: /^preview\// } },
    // One runtime for both entries, so the functions and the pane share one module instance each
    // (one catalogue store) in the shared runtime.
    optimization: { runtimeChunk: "single", splitChunks: { chunks: "all" } },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new LocalizedFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        chunks: ["functions", "taskpane"],
        templateContent: htmlPage(
          "规划目标 PlanTargets",
          `<script src="${OFFICE_JS_CDN}"></script>`,
          '<div id="root"></div>',
        ),
      }),
      new CopyWebpackPlugin({ patterns: PAGE_ASSETS }),
    ],
  };
}

/** `webpack serve` (npm run dev-server, started by office-addin-debugging): Excel only loads https. */
async function devServer() {
  const certs = await require("office-addin-dev-certs").getHttpsServerOptions();
  return {
    static: DIST,
    port: DEV_SERVER_PORT,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: { ca: certs.ca, key: certs.key, cert: certs.cert } },
  };
}

function previewConfig(mode) {
  const out = path.join(DIST, "preview");
  return {
    ...common(mode),
    name: "preview",
    entry: { preview: "./src/preview/index.tsx" },
    output: { path: out, filename: "[name].js", clean: true },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/preview/index.html",
        // A browser without ES modules skips the bundle and runs the page's nomodule notice instead.
        scriptLoading: "module",
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...OFFICE_JS_FILES.map((f) => ({ from: `node_modules/@microsoft/office-js/dist/${f}`, to: "office-js" })),
          ...PAGE_ASSETS,
          { from: "src/preview/preview.css", to: "preview.css" },
        ],
      }),
    ],
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const configs = { addin: addinConfig, preview: previewConfig };
  const wanted = env.target ? [env.target] : Object.keys(configs);
  const built = wanted.map((name) => {
    if (!configs[name]) throw new Error(`未知的构建目标「${name}」：请用 addin 或 preview。Unknown build target "${name}": use addin or preview.`);
    return configs[name](mode);
  });
  if (env.WEBPACK_SERVE) built[0].devServer = await devServer();
  return built;
};
