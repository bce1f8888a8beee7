// opencc-js declares its sub-path entry points only through package.json "exports", which the
// project's module resolution does not read; this is the part of its API the parser uses.
declare module "opencc-js/t2cn" {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
