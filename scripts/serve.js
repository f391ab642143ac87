/**
 * A small static file server on localhost for the built preview (npm start without Excel, and the
 * end-to-end tests). When the wanted port is taken it moves to the next free one and says which.
 */
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};
/** How many ports after the wanted one are tried before asking the system for any free port. */
const PORT_ATTEMPTS = 20;

function handler(root) {
  return (req, res) => {
    const url = new URL(req.url, "http://localhost");
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end("Bad request");
      return;
    }
    const file = path.join(root, rel.endsWith("/") ? `${rel}index.html` : rel);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`未找到 / Not found: ${rel}`);
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
        "Cache-Control": "no-store",
      });
      res.end(body);
    });
  };
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (e) => {
      server.off("listening", onListening);
      reject(e);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server.address().port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, "127.0.0.1");
  });
}

/**
 * Serves `root` on http://localhost:<port>. Resolves to { server, port, url, notice }: `notice` is the
 * bilingual sentence to print when the wanted port was taken (empty otherwise). Port 0 = any free port.
 */
async function serve(root, wantedPort) {
  const server = http.createServer(handler(path.resolve(root)));
  const candidates = wantedPort === 0 ? [0] : [...Array(PORT_ATTEMPTS).keys()].map((i) => wantedPort + i).concat(0);
  for (const candidate of candidates) {
    try {
      const port = await listen(server, candidate);
      const notice =
        wantedPort !== 0 && port !== wantedPort
          ? `端口 ${wantedPort} 已被占用，改用 ${port}。Port ${wantedPort} is in use; using ${port} instead.`
          : "";
      return { server, port, url: `http://localhost:${port}/`, notice };
    } catch (e) {
      if (e.code !== "EADDRINUSE" && e.code !== "EACCES") throw e;
    }
  }
  throw new Error(`找不到空闲端口。No free port found from ${wantedPort}.`);
}

module.exports = { serve };
