// Bundles the workbench into dist/ (copied to the API's output as workbench/ and served at /).
// Everything the page loads comes from here: the code, MapLibre's worker, the CSS and the Natural Earth base map.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

const out = 'dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { app: 'src/main.js' },
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: out,
  loader: { '.json': 'json' },
  logLevel: 'warning',
});
await build({
  entryPoints: { app: 'src/style.css' },
  bundle: true,
  minify: true,
  outdir: out,
  logLevel: 'warning',
});
cpSync('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs', `${out}/maplibre-gl-worker.mjs`);
cpSync('src/index.html', `${out}/index.html`);
