import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['bench/.build/', 'node_modules/', 'dist/', 'storybook-static/', 'custom-elements.json', 'docs/', 'src/i18n/locales/', 'demo/react/app.js'] },
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Content must never be rendered as HTML (see content/README.md).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Content is text: never render it as HTML.' }] },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with Lit templates, never from strings.' },
        { property: 'outerHTML', message: 'Build DOM with Lit templates, never from strings.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with Lit templates, never from strings.' },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
