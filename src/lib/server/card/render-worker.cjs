/* eslint-disable @typescript-eslint/no-require-imports -- an eval'd worker script is CommonJS */
// Runs in a worker thread (src/lib/server/card/pool.ts): draws one card per message, so a burst of new
// cards never blocks the thread that answers requests. Plain CommonJS with no imports of ours: the pool
// inlines this file as text, so it needs no file of its own in the built server.
const { parentPort, workerData } = require('node:worker_threads');
const satoriModule = require(workerData.satori);
const satori = satoriModule.default ?? satoriModule;
const { Resvg } = require(workerData.resvg);
const { readFileSync } = require('node:fs');

// assets.cjs, handed over as text like this file: fonts and emoji for names in other scripts.
const assetsModule = { exports: {} };
new Function('module', 'exports', workerData.assets.source)(assetsModule, assetsModule.exports);
const optionsForCard = assetsModule.exports.createAssets(workerData.assets.table, readFileSync);

parentPort.on('message', async ({ id, tree, width, height }) => {
	try {
		const svg = await satori(tree, { width, height, ...optionsForCard(tree, workerData.fonts) });
		// satori turns text into paths, so resvg needs no fonts: not scanning the system's saves a few ms a card.
		const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
		const rendered = resvg.render().asPng();
		// A copy of its own, so its memory can be handed over rather than copied again.
		const png = new Uint8Array(rendered);
		parentPort.postMessage({ id, png }, [png.buffer]);
	} catch (error) {
		parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
	}
});
