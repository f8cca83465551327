// Builds the front-end: `npm run build` (or `node js/build.mjs [--outdir=DIR] [--watch]`).
//
// 1. Land polygons: world-atlas's land-50m TopoJSON (Natural Earth 1:50m) simplified on the sphere
//    to what a 400-800 px map needs (Visvalingam weight >= LAND_MIN_AREA_KM2, islands smaller than
//    LAND_MIN_RING_KM2 dropped, and land wholly south of LAND_SOUTH_OF_DEG dropped, since every
//    map is fitted to northern imagers and cannot zoom out; coordinates quantized), written to
//    js/lib/land.json, which js/lib/map.js imports. The unused land-110m atlas is not bundled.
// 2. esbuild bundles js/index.js, minified, into aurora_widgets/widgets/static/index.{js,css}.
// 3. The npm packages that went into the bundle (from esbuild's metafile) are written to
//    js/bundled-packages.json; tests/test_packaging.py checks each has a notice in
//    THIRD_PARTY_NOTICES.md, so adding a dependency without its licence fails the tests.
//
// Every output is deterministic: the same inputs give the same bytes (tests/widgets/test_bundle.py
// rebuilds and compares with what is committed).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { feature, quantize } from "topojson-client";
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from "topojson-simplify";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const EARTH_RADIUS_KM = 6371.0;
/**
 * Smallest triangle (km²) a vertex may span and stay. With the atlas's ~8 km vertex spacing a
 * dropped vertex moves the coast by up to ~13 km: one to two pixels on the 400-800 px site map
 * (~7 km/px across the network), about three on a skymap's map at zoom 1 (~3 km/px), where the
 * land is the background of the projected frames.
 */
const LAND_MIN_AREA_KM2 = 130.0; // 80 until the frame view joined the bundle, 100 until range playback did (250 KB budget)
/** Islands and lakes smaller than this (km², ~17 km across, 2-6 px) are dropped. */
const LAND_MIN_RING_KM2 = 300.0;
/** Rings lying wholly south of this latitude are dropped (Antarctica, Australia, ...). */
const LAND_SOUTH_OF_DEG = 0.0;
/** Quantization of the simplified arcs: 1e4 steps across the bounding box (~0.036° in longitude). */
const LAND_QUANTIZATION = 1e4;

const args = process.argv.slice(2);
const outdirArg = args.find((a) => a.startsWith("--outdir="));
const outdir = outdirArg ? outdirArg.slice("--outdir=".length) : join(ROOT, "aurora_widgets", "widgets", "static");
const watch = args.includes("--watch");
/** `--test-build`: AURORA_TEST_BUILD=true adds the handles the browser tests read (tests/browser/harness.py);
 * the production bundle has them behind `if (false)`. A test build writes nothing into the repository. */
const testBuild = args.includes("--test-build");

/** The atlas js/lib/land.json is made from (its package counts as bundled: its data is). */
const LAND_SOURCE = "node_modules/world-atlas/land-50m.json";

/** land-50m simplified for the maps, as TopoJSON text. */
function simplifiedLand() {
  const topo = JSON.parse(readFileSync(join(ROOT, LAND_SOURCE), "utf8"));
  const steradians = (km2) => km2 / (EARTH_RADIUS_KM * EARTH_RADIUS_KM);
  let out = presimplify(topo, sphericalTriangleArea);
  out = simplify(out, steradians(LAND_MIN_AREA_KM2));
  const bigEnough = filterWeight(out, steradians(LAND_MIN_RING_KM2), sphericalRingArea);
  const simplified = out;
  const reachesNorth = (ring) => {
    const coords = feature(simplified, { type: "Polygon", arcs: [ring] }).geometry.coordinates[0];
    return coords.some((p) => p[1] > LAND_SOUTH_OF_DEG);
  };
  out = filter(out, (ring, interior) => bigEnough(ring, interior) && reachesNorth(ring));
  out = quantize(out, LAND_QUANTIZATION);
  delete out.bbox;
  return JSON.stringify(out);
}

/** {name: {version, license}} of every npm package in the bundle (esbuild's inputs + the land atlas). */
function bundledPackages(metafile) {
  const names = new Set();
  for (const input of [...Object.keys(metafile.inputs), LAND_SOURCE]) {
    const m = input.match(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    if (m) names.add(m[1]);
  }
  const packages = {};
  for (const name of [...names].sort()) {
    const meta = JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8"));
    packages[name] = { version: meta.version, license: meta.license };
  }
  return packages;
}

if (!testBuild) writeFileSync(join(ROOT, "js", "lib", "land.json"), simplifiedLand() + "\n");

const options = {
  absWorkingDir: ROOT,
  entryPoints: ["js/index.js"],
  bundle: true,
  format: "esm",
  target: "es2020",
  loader: { ".json": "json" },
  define: { AURORA_TEST_BUILD: testBuild ? "true" : "false" },
  minify: true,
  legalComments: "none",
  outdir,
  entryNames: "index",
  metafile: true,
  logLevel: "warning",
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  const result = await esbuild.build(options);
  if (!testBuild) {
    const listing = JSON.stringify(bundledPackages(result.metafile), null, 2) + "\n";
    writeFileSync(join(ROOT, "js", "bundled-packages.json"), listing);
  }
  for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
    console.log(`${file}: ${(bytes / 1024).toFixed(1)} KB`);
  }
}
