import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the elements: every element and state, with autodocs and
 * controls from custom-elements.json (run `cem analyze` first; the npm
 * scripts do). `npm run storybook` serves it, `npm run build-storybook`
 * builds it into storybook-static/, and `npm run test:storybook` builds it
 * and checks every story (scripts/storybook-check.mjs).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // No getting-started checklist in the sidebar: this is a finished project's Storybook.
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(vite) {
    return {
      ...vite,
      // Warnings only: not a line per chunk in the test output.
      logLevel: 'warn',
      // Storybook's own preview runtime is one chunk of about 1 MB: not ours to split.
      build: { ...vite.build, chunkSizeWarningLimit: 1500 },
      optimizeDeps: {
        ...vite.optimizeDeps,
        // Without it, dev mode pre-bundles lit twice ("Multiple versions of Lit loaded").
        include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
    };
  },
};

export default config;
