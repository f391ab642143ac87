/** `plantargets <command> …`: one file per subcommand, registered here. */
import { CliIO, Command, processIO } from "./io";

const COMMANDS: Record<string, { run: () => Promise<Command>; help: string }> = {
  target: {
    run: async () => (await import("./target")).runTarget,
    help: "指标 年份 [--region R] [--unit U] [--catalogue FILE] [--json] | --batch FILE  查目标值 / look up a target",
  },
  extract: {
    run: async () => (await import("./extract")).runExtract,
    help: "<文件或文件夹…> [--out FILE] [--report] [--version LABEL]  从规划文件生成指标目录 / build a catalogue from planning documents",
  },
  diff: {
    run: async () => (await import("./diff")).runDiff,
    help: "OLD.json NEW.json [--json]  比较两版目录 / added, removed and changed targets",
  },
  merge: {
    run: async () => (await import("./merge")).runMerge,
    help: "A.json B.json [C.json…] --out FILE [--version LABEL]  合并目录并报告冲突 / merge catalogues, report conflicts",
  },
  export: {
    run: async () => (await import("./export")).runExport,
    help: "--xlsx FILE [--region R] [--year Y] [--doc D]  导出目标表为 .xlsx / target tables as an .xlsx workbook",
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  plantargets ${name.padEnd(8)} ${c.help}`);
  return ["用法 / Usage:", ...lines, ""].join("\n");
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`未知命令「${name}」。Unknown command "${name}".\n${usage()}`);
    return 2;
  }
  return (await command.run())(args, io);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`出错了 / Error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
