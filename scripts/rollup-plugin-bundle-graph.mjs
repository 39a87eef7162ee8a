// Home-made because no maintained plugin writes rollup's chunk graph as a plain file for our size report.
/**
 * Writes `bundle-graph.json` beside the build: for each chunk, the chunks it
 * imports statically and dynamically, straight from rollup's own bundle
 * information. `scripts/size.mjs` reads it to add up what each page fetches.
 */
export default function bundleGraph(fileName = 'bundle-graph.json') {
  return {
    name: 'bundle-graph',
    generateBundle(_, bundle) {
      const graph = {};
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk') graph[chunk.fileName] = { imports: chunk.imports, dynamicImports: chunk.dynamicImports };
      this.emitFile({ type: 'asset', fileName, source: `${JSON.stringify(graph, null, 2)}\n` });
    },
  };
}
