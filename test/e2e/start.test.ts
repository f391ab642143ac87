/**
 * `npm start` on a machine without Excel (this one): serves the built preview and prints its URL;
 * with the wanted port taken it moves to another and says so. (`--no-build`: `npm test` built it.)
 */
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as path from "path";
import { PREVIEW_DIR, ROOT } from "./preview";

let child: ChildProcess | null = null;
let blocker: net.Server | null = null;

afterEach(async () => {
  child?.kill();
  await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
});

/** Output of the start script until it prints the preview's URL. */
function startUntilUrl(args: string[]): Promise<{ out: string; url: string }> {
  return new Promise((resolve, reject) => {
    let out = "";
    child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js"), "--no-build", ...args], { cwd: ROOT });
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const url = /http:\/\/localhost:\d+\//.exec(out);
      if (url) resolve({ out, url: url[0] });
    });
    child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => reject(new Error(`start.js exited with ${code}:\n${out}`)));
  });
}

test("serves the preview, prints the URL, and moves off a taken port with a notice", async () => {
  expect(fs.existsSync(path.join(PREVIEW_DIR, "index.html"))).toBe(true);
  blocker = net.createServer();
  await new Promise<void>((resolve) => blocker?.listen(0, "127.0.0.1", resolve));
  const taken = (blocker.address() as net.AddressInfo).port;
  const { out, url } = await startUntilUrl(["--port", String(taken)]);
  expect(out).toContain(`端口 ${taken} 已被占用，改用`);
  expect(out).toContain(`Port ${taken} is in use; using`);
  expect(out).toMatch(/本机没有桌面版 Excel.*No desktop Excel here/s);
  expect(url).not.toBe(`http://localhost:${taken}/`);
  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(await page.text()).toMatch(/<div id="?workbook"?>/);
});

test("a bad option gets a clear message and a non-zero exit", async () => {
  const run = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js"), "--port", "http"], { cwd: ROOT });
  let err = "";
  run.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const code = await new Promise((resolve) => run.on("exit", resolve));
  expect(code).toBe(1);
  expect(err).toMatch(/端口必须是 0–65535 的整数。--port needs a whole number from 0 to 65535, got "http"/);
});
