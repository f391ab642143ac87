#!/usr/bin/env node
/**
 * npm run build: the CLI and benchmarks (tsc → lib/), then the add-in and the preview (webpack → dist/).
 * Fails when HyperFormula (GPL-3.0, preview only) reaches the add-in bundle.
 * Options: --mode development|production (default production), --target addin|preview (default both),
 * --no-tsc (skip the CLI).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const webpack = require("webpack");
const makeConfigs = require("../webpack.config.js");

const ROOT = path.join(__dirname, "..");
const GPL_PACKAGE = `${path.sep}node_modules${path.sep}hyperformula${path.sep}`;

function compileCli() {
  const tsc = require.resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.node.json"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("tsc -p tsconfig.node.json 失败。The CLI did not compile (see above).");
}

function runWebpack(configs) {
  return new Promise((resolve, reject) => {
    webpack(configs, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) {
        return reject(new Error(`webpack 构建失败。webpack failed:\n${stats.toString("errors-only")}`));
      }
      resolve(stats);
    });
  });
}

/** Throws when any module of the add-in compilation comes from the hyperformula package. */
function assertNoGplInAddin(stats) {
  for (const child of stats.stats) {
    if (child.compilation.name !== "addin") continue;
    const leaked = [...child.compilation.modules].map((m) => m.resource || "").filter((r) => r.includes(GPL_PACKAGE));
    if (leaked.length) {
      throw new Error(
        `HyperFormula（GPL-3.0）进入了插件包，请只在 src/preview 中引用它。HyperFormula (GPL-3.0) reached the add-in bundle; ` +
          `import it from src/preview only. First module: ${leaked[0]}`,
      );
    }
  }
}

/** Sizes of the emitted scripts, raw and gzipped, per compilation. */
function bundleSizes(stats) {
  const rows = [];
  for (const child of stats.stats) {
    const outputPath = child.compilation.outputOptions.path;
    for (const name of Object.keys(child.compilation.assets)) {
      if (!name.endsWith(".js") || name.includes("/")) continue;
      const body = fs.readFileSync(path.join(outputPath, name));
      rows.push({ build: child.compilation.name, file: name, bytes: body.length, gzip: zlib.gzipSync(body).length });
    }
  }
  return rows;
}

async function build({ mode = "production", targets, tsc = true } = {}) {
  const started = Date.now();
  if (tsc) compileCli();
  const tscDone = Date.now();
  if (targets && targets.length === 0) return { sizes: [], tscMs: tscDone - started, webpackMs: 0 };
  const configs = await makeConfigs(targets && targets.length === 1 ? { target: targets[0] } : {}, { mode });
  const stats = await runWebpack(configs);
  assertNoGplInAddin(stats);
  const sizes = bundleSizes(stats);
  return { sizes, tscMs: tscDone - started, webpackMs: Date.now() - tscDone };
}

function parseArgs(argv) {
  const options = { tsc: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--mode") options.mode = argv[++i];
    else if (argv[i] === "--target") options.targets = [argv[++i]];
    else if (argv[i] === "--no-tsc") options.tsc = false;
    else throw new Error(`未知参数 ${argv[i]}。Unknown option ${argv[i]}.`);
  }
  return options;
}

if (require.main === module) {
  build(parseArgs(process.argv.slice(2))).then(
    ({ sizes, tscMs, webpackMs }) => {
      const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
      for (const s of sizes) process.stdout.write(`  ${s.build.padEnd(8)} ${s.file.padEnd(22)} ${kb(s.bytes).padStart(8)}  gzip ${kb(s.gzip)}\n`);
      process.stdout.write(`构建完成 / Built: tsc ${(tscMs / 1000).toFixed(1)} s, webpack ${(webpackMs / 1000).toFixed(1)} s\n`);
    },
    (e) => {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 1;
    },
  );
}

module.exports = { build, assertNoGplInAddin };
