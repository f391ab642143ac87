/** A small argument parser: positionals and --name value / --flag options, with clear errors. */
export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string>;
  flags: Set<string>;
}

export class UsageError extends Error {}

export function parseArgs(args: string[], spec: { options: string[]; flags: string[] }): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], options: {}, flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) {
      parsed.positionals.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (spec.flags.includes(name)) parsed.flags.add(name);
    else if (spec.options.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`选项 --${name} 缺少取值。Option --${name} needs a value.`);
      parsed.options[name] = value;
    } else throw new UsageError(`未知选项 --${name}。Unknown option --${name}.`);
  }
  return parsed;
}
