import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { manifestElements, type Manifest } from '../../../scripts/frameworks/manifest-elements.js';
import { reactWrapperModule } from '../../../scripts/frameworks/react-wrappers.js';
import { vueTypesModule } from '../../../scripts/frameworks/vue-types.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The quickcheck as the analyzer writes it, with `event` and the entry's exports to vary. */
function manifest(event: { name: string; type?: { text: string } }, exported = ['WelcomeQuickcheck']): Manifest {
  return {
    modules: [
      {
        path: 'packages/quickcheck/src/quickcheck.ts',
        declarations: [
          {
            name: 'WelcomeQuickcheck',
            customElement: true,
            tagName: 'welcome-quickcheck',
            summary: 'Quickcheck.',
            attributes: [{ name: 'audience', fieldName: 'audience', description: 'Who answers.' }, { name: 'lang' }],
            events: [event],
          },
        ],
      },
      { path: 'packages/quickcheck/src/index.ts', exports: exported.map((name) => ({ name })) },
    ],
  };
}

describe('framework bindings from the manifest (scripts/frameworks)', () => {
  const complete = { name: 'welcome-quickcheck-complete', type: { text: 'CustomEvent<QuickcheckCompleteDetail>' } };

  it('reads tag, class, package, define module and the detail types to import', () => {
    const [element] = manifestElements(ROOT, manifest(complete, ['WelcomeQuickcheck', 'QuickcheckCompleteDetail']));
    assert.deepEqual(
      { ...element, attributes: element!.attributes.map((a) => a.name) },
      {
        tagName: 'welcome-quickcheck',
        className: 'WelcomeQuickcheck',
        packageName: '@welcome-widgets/quickcheck',
        defineModule: '@welcome-widgets/quickcheck/define',
        summary: 'Quickcheck.',
        attributes: ['audience', 'lang'],
        events: [{ ...complete, type: complete.type.text, description: '' }],
        typeImports: ['QuickcheckCompleteDetail'],
      },
    );
  });

  it('maps each welcome-* event to an on… prop in React and Vue, typed with its detail', () => {
    const elements = manifestElements(ROOT, manifest(complete, ['WelcomeQuickcheck', 'QuickcheckCompleteDetail']));
    assert.match(
      reactWrapperModule(elements[0]!),
      /onWelcomeQuickcheckComplete: 'welcome-quickcheck-complete' as EventName<CustomEvent<QuickcheckCompleteDetail>>/,
    );
    const vue = vueTypesModule(elements);
    assert.match(vue, /onWelcomeQuickcheckComplete\?: \(event: CustomEvent<QuickcheckCompleteDetail>\) => void;/);
    assert.match(vue, /audience\?: AttributeValue<WelcomeQuickcheck\['audience'\]>;/);
    assert.match(vue, /lang\?: string;/);
  });

  it('refuses an event without a detail type, rather than bind it as any', () => {
    assert.throws(
      () => manifestElements(ROOT, manifest({ name: 'welcome-quickcheck-complete' })),
      /<welcome-quickcheck>.*@event welcome-quickcheck-complete needs a type/,
    );
  });

  it('refuses a detail type the package does not export', () => {
    assert.throws(
      () => manifestElements(ROOT, manifest(complete)),
      /@welcome-widgets\/quickcheck does not export the event type QuickcheckCompleteDetail/,
    );
  });
});
