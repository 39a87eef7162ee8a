// custom-elements.json is generated (`cem analyze`, run by the npm scripts
// before Storybook) and not committed: this keeps the type check of a fresh
// clone, where it does not exist yet, from failing on the import.
declare module '*/custom-elements.json' {
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}
