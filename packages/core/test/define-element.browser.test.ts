import { expect } from '@open-wc/testing';
import { defineElement } from '../src/element/define-element.js';

describe('defineElement', () => {
  it('defines once, ignores a second copy, and warns once about another version', () => {
    class First extends HTMLElement {
      static version = '1.0.0';
    }
    class SameVersion extends HTMLElement {
      static version = '1.0.0';
    }
    class Other extends HTMLElement {
      static version = '2.0.0';
    }
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('welcome-test-define', First);
      expect(() => defineElement('welcome-test-define', SameVersion)).not.to.throw();
      expect(() => defineElement('welcome-test-define', Other)).not.to.throw();
      expect(() => defineElement('welcome-test-define', Other)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('welcome-test-define')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('1.0.0').and.contain('2.0.0');
  });
});
