#!/usr/bin/env node
/**
 * npm start: builds, then
 * - with desktop Excel (Windows, macOS): sideloads the add-in through office-addin-debugging, which runs
 *   the https dev server (npm run dev-server) on port 3000 as manifest.xml expects;
 * - without it (Linux, CI, or --preview): serves the local preview on http://localhost:3000 (or the next
 *   free port, said so) and prints the URL.
 * Options: --preview (force the preview), --port N (preview port, default 3000), --no-build.
 */
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");
const { build } = require("./build");
const { serve } = require("./serve");

const ROOT = path.join(__dirname, "..");
const PREVIEW_DIR = path.join(ROOT, "dist", "preview");

/** Where the Microsoft 365 / Office 2016+ installers put Excel. */
function desktopExcelPath() {
  const candidates =
    process.platform === "win32"
      ? [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]]
          .filter(Boolean)
          .flatMap((dir) => ["root\\Office16", "Office16"].map((sub) => path.join(dir, "Microsoft Office", sub, "EXCEL.EXE")))
      : process.platform === "darwin"
        ? ["/Applications/Microsoft Excel.app"]
        : [];
  return candidates.find((p) => fs.existsSync(p)) || null;
}

function parseArgs(argv) {
  const options = { preview: false, port: 3000, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--preview") options.preview = true;
    else if (arg === "--no-build") options.build = false;
    else if (arg === "--port") {
      options.port = Number(argv[++i]);
      if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
        throw new Error(`端口必须是 0–65535 的整数。--port needs a whole number from 0 to 65535, got "${argv[i]}".`);
      }
    } else throw new Error(`未知参数 ${arg}。Unknown option ${arg}. Options: --preview, --port N, --no-build.`);
  }
  return options;
}

function sideload(excel) {
  process.stdout.write(`找到 Excel：${excel}，正在旁加载插件…\nFound Excel at ${excel}; sideloading the add-in…\n`);
  const cli = require.resolve("office-addin-debugging/cli.js");
  const child = spawn(process.execPath, [cli, "start", "manifest.xml", "desktop", "--app", "excel"], { cwd: ROOT, stdio: "inherit" });
  child.on("exit", (code) => (process.exitCode = code ?? 1));
}

async function servePreview(port) {
  if (!fs.existsSync(path.join(PREVIEW_DIR, "index.html"))) {
    throw new Error("没有找到预览页面，请去掉 --no-build 重新运行。The preview is not built: run without --no-build.");
  }
  const served = await serve(PREVIEW_DIR, port);
  if (served.notice) process.stdout.write(`${served.notice}\n`);
  process.stdout.write(
    `本机没有桌面版 Excel：预览已启动（任务窗格 + 浏览器内工作簿）。\n` +
      `No desktop Excel here: the preview (task pane + in-browser workbook) is running.\n\n` +
      `  ${served.url}\n\n按 Ctrl+C 停止。Press Ctrl+C to stop.\n`,
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const excel = options.preview ? null : desktopExcelPath();
  if (options.build) {
    process.stdout.write("正在构建… Building…\n");
    // With Excel, office-addin-debugging's dev server builds the add-in itself.
    await build({ targets: excel ? [] : ["preview"], mode: "development" });
  }
  if (excel) sideload(excel);
  else await servePreview(options.port);
}

main().catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
});
