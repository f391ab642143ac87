/**
 * README.md stays true: every formula example in its table answers as written from the bundled
 * catalogue, every `npm run` script and `npx plantargets` subcommand it mentions exists, and every
 * file it links to is in the repo.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { createStore } from "../src/core/store";
import { actualValue, targetValue } from "../src/functions/answers";
import { indicatorInfo } from "../src/functions/planinfo";
import { main } from "../src/cli/main";
import { readCatalogueFile, BUNDLED_CATALOGUE } from "../src/node/readCatalogue";

const ROOT = join(__dirname, "..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const store = createStore();
beforeAll(() => store.setCatalogue(readCatalogueFile(BUNDLED_CATALOGUE)));
const context = () => ({ index: store.index!, settings: store.settings });

/** Rows of the formula table: `=NAME(args)` | answer, for the functions answering one scalar. */
function formulaExamples(): { fn: string; args: string[]; answer: string }[] {
  const rows = [...readme.matchAll(/^\| `=(PLANTARGET|PLANINFO|PLANACTUAL)\((.*)\)` \| `?([^`|]+?)`?(?: \(.*\))? \|$/gm)];
  return rows.map(([, fn, args, answer]) => ({
    fn,
    // "5G基站",2020,,"个" → ["5G基站", "2020", "", "个"]
    args: args.split(",").map((a) => a.replace(/^"|"$/g, "")),
    answer: answer.trim(),
  }));
}

function answer(fn: string, [name, year, third, fourth]: string[]): unknown {
  const y = Number(year);
  if (fn === "PLANTARGET") return targetValue(context(), name, y, third, fourth);
  if (fn === "PLANINFO") return indicatorInfo(context(), name, y, third, fourth);
  return actualValue(context(), name, y, third);
}

test("the formula table's examples answer as the README says", () => {
  const examples = formulaExamples();
  expect(examples.map((e) => e.fn).sort()).toEqual(["PLANACTUAL", "PLANINFO", "PLANTARGET", "PLANTARGET", "PLANTARGET"]);
  for (const e of examples) expect(String(answer(e.fn, e.args))).toBe(e.answer);
});

test("every npm script the README names exists", () => {
  const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts);
  const named = [...readme.matchAll(/npm (?:run )?(start|test|ci|run [\w-]+)/g)].map((m) => m[1].replace(/^run /, ""));
  for (const name of named.filter((n) => n !== "ci")) expect(scripts).toContain(name);
});

test("every plantargets subcommand the README shows is one the CLI has", async () => {
  let usage = "";
  await main(["help"], { out: (text) => void (usage += text), err: () => undefined });
  const used = new Set([...readme.matchAll(/plantargets (\w+)/g)].map((m) => m[1]));
  expect(used.size).toBeGreaterThan(3);
  for (const name of used) expect(usage).toContain(`plantargets ${name} `);
});

test("every file the README links or names under assets/, seeds/ or src/ exists", () => {
  const paths = [...readme.matchAll(/(?:\]\(|`)((?:assets|seeds|src)\/[^)`\s]+)/g)].map((m) => m[1]);
  expect(paths.length).toBeGreaterThan(5);
  for (const p of paths) expect(existsSync(join(ROOT, p))).toBe(true);
});
