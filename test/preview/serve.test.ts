/** The preview's static server: files, types, refusals, and moving off a taken port with a notice. */
import * as fs from "fs";
import * as http from "http";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { serve, type Served } from "../../scripts/serve";

let dir: string;
const open: Served[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-serve-"));
  fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>预览</title>");
  fs.mkdirSync(path.join(dir, "assets"));
  fs.writeFileSync(path.join(dir, "assets", "catalogue.json"), "{}");
});
afterAll(async () => {
  await Promise.all(open.map((s) => new Promise((r) => s.server.close(r))));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function start(port: number): Promise<Served> {
  const served = await serve(dir, port);
  open.push(served);
  return served;
}

/** A raw GET, so paths like /../x reach the server unnormalised. */
function get(port: number, rawPath: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: rawPath }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Occupies a free port the way another program would. */
function occupy(): Promise<{ port: number; close(): Promise<void> }> {
  const blocker = net.createServer();
  return new Promise((resolve) =>
    blocker.listen(0, "127.0.0.1", () =>
      resolve({ port: (blocker.address() as net.AddressInfo).port, close: () => new Promise((r) => blocker.close(() => r())) }),
    ),
  );
}

test("serves index.html for / and files with their types", async () => {
  const s = await start(0);
  expect(s.url).toBe(`http://localhost:${s.port}/`);
  expect(s.notice).toBe("");
  const page = await get(s.port, "/");
  expect(page).toMatchObject({ status: 200, type: "text/html; charset=utf-8" });
  expect(page.body).toContain("预览");
  expect(await get(s.port, "/assets/catalogue.json")).toMatchObject({ status: 200, type: "application/json; charset=utf-8" });
});

test("answers 404 for missing files and 403 outside its folder", async () => {
  const s = await start(0);
  expect(await get(s.port, "/nope.js")).toMatchObject({ status: 404, body: "未找到 / Not found: /nope.js" });
  // Dot segments are resolved inside the folder; an encoded slash cannot smuggle one past that.
  expect((await get(s.port, "/../package.json")).status).toBe(404);
  expect((await get(s.port, "/%2e%2e%2fpackage.json")).status).toBe(403);
});

test("a taken port: moves to another and says so in both languages", async () => {
  const blocker = await occupy();
  try {
    const s = await start(blocker.port);
    expect(s.port).not.toBe(blocker.port);
    expect(s.notice).toBe(`端口 ${blocker.port} 已被占用，改用 ${s.port}。Port ${blocker.port} is in use; using ${s.port} instead.`);
    expect((await get(s.port, "/")).status).toBe(200);
  } finally {
    await blocker.close();
  }
});
