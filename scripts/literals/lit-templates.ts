import ts from 'typescript';

export type TemplateKind = 'css' | 'html' | 'svg';

/** The raw text of one literal piece of a template (between backticks, `}` and `${`), with its place in the file. */
export interface LiteralPart {
  start: number;
  end: number;
  raw: string;
}

export interface TaggedTemplate {
  kind: TemplateKind;
  parts: LiteralPart[];
}

const LIT_MODULES = new Set(['lit', 'lit-html', 'lit-element']);
const KINDS = new Set<string>(['css', 'html', 'svg']);

/** The local names under which the file imports lit's `css`, `html` and `svg` tags (`import { html as h }` too). */
function litTags(file: ts.SourceFile): Map<string, TemplateKind> {
  const tags = new Map<string, TemplateKind>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!LIT_MODULES.has(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (KINDS.has(imported)) tags.set(element.name.text, imported as TemplateKind);
    }
  }
  return tags;
}

function part(code: string, start: number, end: number): LiteralPart {
  return { start, end, raw: code.slice(start, end) };
}

/** The pieces of text of a template literal, without its backticks and `${ … }`. */
function literalParts(code: string, file: ts.SourceFile, template: ts.TemplateLiteral): LiteralPart[] {
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    return [part(code, template.getStart(file) + 1, template.end - 1)];
  }
  const parts = [part(code, template.head.getStart(file) + 1, template.head.end - 2)];
  for (const span of template.templateSpans) {
    const closing = ts.isTemplateTail(span.literal) ? 1 : 2;
    parts.push(part(code, span.literal.getStart(file) + 1, span.literal.end - closing));
  }
  return parts;
}

/**
 * Every template tagged with lit's `css`, `html` or `svg` in a TypeScript module, nested ones
 * included, found by TypeScript's parser: a tag imported from elsewhere, a template inside a
 * string or a comment is none of them.
 */
export function litTemplates(fileName: string, code: string): TaggedTemplate[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const tags = litTags(file);
  const found: TaggedTemplate[] = [];
  if (!tags.size) return found;
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const kind = tags.get(node.tag.text);
      if (kind) found.push({ kind, parts: literalParts(code, file, node.template) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
