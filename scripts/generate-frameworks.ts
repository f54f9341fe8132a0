// Writes the framework bindings from the custom-elements manifest (run after `npm run manifest`):
// packages/react/src/generated (a @lit/react component per tag, JSX types of the plain tags) and
// packages/vue/src/generated (Vue template types). docs/adr/0014-react-and-vue.md
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsxTypesModule } from './frameworks/jsx-types.js';
import { manifestElements, type Manifest } from './frameworks/manifest-elements.js';
import { reactIndexModule, reactWrapperModule } from './frameworks/react-wrappers.js';
import { vueTypesModule } from './frameworks/vue-types.js';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'packages/widgets/custom-elements.json'), 'utf8')) as Manifest;
const elements = manifestElements(root, manifest);

const outputs = new Map<string, Map<string, string>>([
  [
    'packages/react/src/generated',
    new Map([
      ...elements.map((element) => [`${element.tagName}.ts`, reactWrapperModule(element)] as const),
      ['index.ts', reactIndexModule(elements)],
      ['jsx.ts', jsxTypesModule(elements)],
    ]),
  ],
  ['packages/vue/src/generated', new Map([['global-components.ts', vueTypesModule(elements)]])],
]);

for (const [dir, files] of outputs) {
  const path = join(root, dir);
  mkdirSync(path, { recursive: true });
  // A tag that left the manifest leaves no wrapper behind.
  for (const name of readdirSync(path)) if (!files.has(name)) rmSync(join(path, name));
  for (const [name, text] of files) writeFileSync(join(path, name), text);
}
