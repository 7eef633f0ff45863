/**
 * Which Office.js APIs the add-in calls, and whether each is covered: by the requirement sets the
 * manifest declares, or by an `isSetSupported(set, version)` check around the call. The set an API
 * needs is read from its JSDoc in @types/office-js and @types/custom-functions-runtime
 * ("[Api set: ExcelApi 1.13]"), the same text Microsoft's reference pages are generated from.
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";

export interface ApiUse {
  file: string;
  line: number;
  /** e.g. "Excel.Table.resize" */
  api: string;
  set: string;
  version: string;
}

export type DeclaredSets = ReadonlyMap<string, string>;

const ROOT = resolve(import.meta.dirname, "../..");
const OFFICE_TYPES = /@types\/(office-js|custom-functions-runtime|office-runtime)\//;
const API_SET = /\[Api set: ([A-Za-z]+) (\d+(?:\.\d+)?)/;

/** -1, 0 or 1, comparing "1.13" and "1.7" as versions, not as decimals. */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return Math.sign(aMajor - bMajor || aMinor - bMinor);
}

/** The `<Set Name MinVersion>` entries of a manifest's `<Requirements>`. */
export function declaredSets(manifestXml: string): DeclaredSets {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? "";
  const defaultVersion = /DefaultMinVersion="([^"]+)"/.exec(requirements)?.[1] ?? "1.1";
  const sets = new Map<string, string>();
  for (const match of requirements.matchAll(/<Set Name="([^"]+)"(?: MinVersion="([^"]+)")?/g)) {
    sets.set(match[1] ?? "", match[2] ?? defaultVersion);
  }
  return sets;
}

function apiSetOf(declaration: ts.Declaration): { set: string; version: string } | undefined {
  const file = declaration.getSourceFile();
  if (!OFFICE_TYPES.test(file.fileName.replaceAll("\\", "/"))) return undefined;
  const comments = ts.getLeadingCommentRanges(file.text, declaration.getFullStart()) ?? [];
  for (const range of comments) {
    const match = API_SET.exec(file.text.slice(range.pos, range.end));
    if (match?.[1] && match[2]) return { set: match[1], version: match[2] };
  }
  return undefined;
}

function qualifiedName(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  return checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "");
}

/** The isSetSupported(set, version) checks in an expression. */
function checksIn(expression: ts.Node): { set: string; version: string }[] {
  const found: { set: string; version: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : "";
      const [set, version] = node.arguments;
      if (name === "isSetSupported" && set && ts.isStringLiteral(set)) {
        found.push({ set: set.text, version: version && ts.isStringLiteral(version) ? version.text : "1.1" });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(expression);
  return found;
}

/** Whether `node` runs only when an enclosing if / ?: / && has checked `set` at `version` or later. */
export function isGuarded(node: ts.Node, set: string, version: string): boolean {
  const covers = (condition: ts.Node) =>
    checksIn(condition).some((check) => check.set === set && compareVersions(check.version, version) >= 0);
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child && covers(parent.expression)) return true;
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child && covers(parent.condition))
      return true;
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      parent.right === child &&
      covers(parent.left)
    )
      return true;
  }
  return false;
}

/** The add-in's production sources: what Office loads (not tests, not the Node build and dev scripts). */
export function addinSources(files: readonly string[]): string[] {
  return files.filter(
    (file) =>
      /^excel-addin\/(taskpane|workbook|functions)\/.*\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file),
  );
}

/**
 * Every use of an Office.js API that names a requirement set, in `files` (paths from the repository
 * root), with `planted` sources added in memory (for the test that a bad call is caught).
 */
export function officeApiUses(
  files: readonly string[],
  planted: ReadonlyMap<string, string> = new Map(),
): (ApiUse & { guarded: (set: string, version: string) => boolean })[] {
  const config = ts.readConfigFile(resolve(ROOT, "tsconfig.json"), ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
  const host = ts.createCompilerHost(options);
  const virtual = new Map([...planted].map(([path, text]) => [resolve(ROOT, path), text]));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, onError, create) => {
    const text = virtual.get(resolve(name));
    return text !== undefined
      ? ts.createSourceFile(name, text, language, true)
      : getSourceFile(name, language, onError, create);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => virtual.has(resolve(name)) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => virtual.get(resolve(name)) ?? readFile(name);
  const roots = [...files, ...planted.keys()].map((file) => resolve(ROOT, file));
  const program = ts.createProgram(roots, options, host);
  const checker = program.getTypeChecker();
  const uses: (ApiUse & { guarded: (set: string, version: string) => boolean })[] = [];
  for (const root of roots) {
    const source = program.getSourceFile(root);
    if (!source) throw new Error(`${root} was not compiled.`);
    const visit = (node: ts.Node): void => {
      const target = ts.isPropertyAccessExpression(node)
        ? node.name
        : ts.isNewExpression(node)
          ? node.expression
          : undefined;
      const symbol = target && checker.getSymbolAtLocation(target);
      const declaration = symbol?.declarations?.[0];
      const needs = declaration && apiSetOf(declaration);
      if (symbol && needs) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        uses.push({
          file: root.slice(ROOT.length + 1),
          line: line + 1,
          api: qualifiedName(checker, symbol),
          ...needs,
          guarded: (set, version) => isGuarded(node, set, version),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The uses neither the manifest's sets nor an isSetSupported check cover, as readable lines. */
export function uncoveredUses(uses: ReturnType<typeof officeApiUses>, declared: DeclaredSets): string[] {
  return uses
    .filter((use) => {
      const min = declared.get(use.set);
      if (min !== undefined && compareVersions(use.version, min) <= 0) return false;
      return !use.guarded(use.set, use.version);
    })
    .map((use) => `${use.file}:${use.line} ${use.api} needs ${use.set} ${use.version}`);
}

export const readManifest = (path: string): string => readFileSync(resolve(ROOT, path), "utf8");
