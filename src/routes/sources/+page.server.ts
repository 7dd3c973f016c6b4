import { getBank } from '$lib/server/bank';
import { compareSources, sharedVoices } from '$lib/server/reader';

export function load() {
	const bank = getBank();
	return { comparison: compareSources(bank), voices: sharedVoices(bank) };
}
