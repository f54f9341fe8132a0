import ts from 'typescript';

/** A string literal that is a message id, with its place in the file (quotes included). */
export interface IdLiteral {
  start: number;
  end: number;
  id: string;
}

/** The local name of @lit/localize's `msg` in the file, if imported. */
function msgName(file: ts.SourceFile): string | undefined {
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.moduleSpecifier.text !== '@lit/localize') continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const element = bindings.elements.find((e) => (e.propertyName ?? e.name).text === 'msg');
    if (element) return element.name.text;
  }
  return undefined;
}

function literal(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral, file: ts.SourceFile): IdLiteral {
  return { start: node.getStart(file), end: node.end, id: node.text };
}

function isIdLiteral(node: ts.Node | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));
}

/**
 * The ids of a module's `msg(…, { id: '…' })` calls. A call whose id is not written out (none,
 * or computed) throws: the runtime would look up an id the translations no longer have.
 */
export function msgIds(fileName: string, code: string): IdLiteral[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const name = msgName(file);
  const found: IdLiteral[] = [];
  if (!name) return found;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name) {
      const options = node.arguments[1];
      const id =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'id')
          : undefined;
      const value = id && ts.isPropertyAssignment(id) ? id.initializer : undefined;
      if (!isIdLiteral(value)) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        throw new Error(`${fileName}:${line + 1}: msg() without a written-out { id: '…' }`);
      }
      found.push(literal(value, file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The keys of a generated locale module's `export const templates = { 'id': … }`. */
export function templateKeys(fileName: string, code: string): IdLiteral[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== 'templates') continue;
      const object = declaration.initializer;
      if (!object || !ts.isObjectLiteralExpression(object)) break;
      return object.properties.map((property) => {
        if (!property.name || !isIdLiteral(property.name)) {
          throw new Error(`${fileName}: a template key that is not a string: ${property.getText(file)}`);
        }
        return literal(property.name, file);
      });
    }
  }
  throw new Error(`${fileName}: no \`export const templates = { … }\``);
}
