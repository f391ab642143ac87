#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli by `npm run build` into lib/.
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("请先运行 npm run build。Run `npm run build` first: the CLI is compiled into lib/.\n");
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((e) => {
    process.stderr.write(`出错了 / Error: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 1;
  });
