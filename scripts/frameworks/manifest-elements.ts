import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One public `welcome-*` tag as the framework generators need it, read from the custom-elements manifest. */
export interface ManifestElement {
  tagName: string;
  className: string;
  /** npm name of the package whose entry exports the class, e.g. `@welcome-widgets/quickcheck`. */
  packageName: string;
  /** Module that registers the tag (`<package>/define`). */
  defineModule: string;
  summary: string;
  attributes: ManifestAttribute[];
  events: ManifestEvent[];
  /** Type names (event details) the generated code imports from the package entry. */
  typeImports: string[];
}

export interface ManifestAttribute {
  name: string;
  /** The element's property behind the attribute; absent for `lang`, which is the global attribute. */
  fieldName?: string;
  description: string;
}

export interface ManifestEvent {
  name: string;
  /** `CustomEvent<QuickcheckCompleteDetail>`, as written in the class's `@event {…}` tag. */
  type: string;
  description: string;
}

interface Declaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  attributes?: { name: string; fieldName?: string; description?: string }[];
  events?: { name: string; type?: { text: string }; description?: string }[];
}
export interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { name: string }[] }[];
}

const GLOBAL_TYPES = new Set(['CustomEvent', 'Event']);

/**
 * The public elements of the manifest, with the package each is imported from. Throws when the
 * manifest leaves something out a framework binding needs (an event without a detail type, a type
 * the package does not export): a binding with `any` in it would hide exactly the mistakes it exists to catch.
 */
export function manifestElements(root: string, manifest: Manifest): ManifestElement[] {
  const entryExports = (packageDir: string) =>
    new Set(manifest.modules.find((m) => m.path === `${packageDir}/src/index.ts`)?.exports?.map((e) => e.name));

  const elements: ManifestElement[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName?.startsWith('welcome-')) continue;
      const packageDir = module.path.split('/').slice(0, 2).join('/');
      const packageJson = JSON.parse(readFileSync(join(root, packageDir, 'package.json'), 'utf8')) as {
        name: string;
        exports: Record<string, unknown>;
      };
      const exported = entryExports(packageDir);
      const where = `<${declaration.tagName}> (${module.path})`;
      if (!exported.has(declaration.name))
        throw new Error(`${where}: ${packageJson.name} does not export ${declaration.name}`);
      if (!('./define' in packageJson.exports)) throw new Error(`${where}: ${packageJson.name} has no ./define export`);

      const events = (declaration.events ?? []).map((event) => {
        if (!event.type?.text)
          throw new Error(`${where}: @event ${event.name} needs a type, e.g. {CustomEvent<Detail>}`);
        return { name: event.name, type: event.type.text, description: event.description ?? '' };
      });
      const typeImports = [...new Set(events.flatMap((event) => event.type.match(/\b[A-Z]\w*/g) ?? []))]
        .filter((name) => !GLOBAL_TYPES.has(name))
        .sort();
      for (const name of typeImports) {
        if (!exported.has(name))
          throw new Error(`${where}: ${packageJson.name} does not export the event type ${name}`);
      }

      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        packageName: packageJson.name,
        defineModule: `${packageJson.name}/define`,
        summary: declaration.summary ?? '',
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          ...(attribute.fieldName ? { fieldName: attribute.fieldName } : {}),
          description: attribute.description ?? '',
        })),
        events,
        typeImports,
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `welcome-booking-confirmed` → `WelcomeBookingConfirmed` (for `onWelcomeBookingConfirmed`). */
export function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());
}

/** Text for a one-line doc comment: no comment terminator, no line breaks. */
export function docText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
}

/** The imports every generated file starts with: element classes and event detail types, grouped by package. */
export function importsOf(elements: ManifestElement[], withClasses: 'value' | 'type'): string[] {
  const byPackage = new Map<string, { classes: string[]; types: string[] }>();
  for (const element of elements) {
    const entry = byPackage.get(element.packageName) ?? { classes: [], types: [] };
    entry.classes.push(element.className);
    entry.types.push(...element.typeImports);
    byPackage.set(element.packageName, entry);
  }
  return [...byPackage].map(([packageName, { classes, types }]) => {
    const names = [
      ...classes.map((name) => (withClasses === 'type' ? `type ${name}` : name)),
      ...[...new Set(types)].map((name) => `type ${name}`),
    ];
    return `import { ${names.join(', ')} } from '${packageName}';`;
  });
}

export const GENERATED_HEADER = (what: string) =>
  `// Generated by scripts/generate-frameworks.ts from the custom-elements manifest: ${what}.\n// Do not edit: change the element's JSDoc or the generator, then run \`npm run build\` (or \`npm run frameworks\`).\n`;
