/** Score the extractor on a local copy of a brat-annotated corpus split (Node only). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../../lib/extract/index';
import { parseAnn } from './brat';
import { goldQuotes } from './gold';
import { emptyScore, scoreArticle, type CorpusScore, type PredictedQuote } from './score';

/** A split directory holding `text/*.txt` and `attributions/*.ann` (first annotator per text). */
export function scoreSplit(dir: string): CorpusScore {
	const textDir = join(dir, 'text');
	const annDir = join(dir, 'attributions');
	if (!existsSync(textDir) || !existsSync(annDir))
		throw new Error(
			`${dir} has no text/ and attributions/ folders (give a split such as data/dev)`
		);
	const anns = readdirSync(annDir)
		.filter((f) => f.endsWith('.ann'))
		.sort();
	const score = emptyScore();
	for (const file of readdirSync(textDir)
		.filter((f) => f.endsWith('.txt'))
		.sort()) {
		const stem = file.replace(/\.txt$/, '');
		const ann = anns.find((a) => a.startsWith(stem + '_') || a === stem + '.ann');
		if (!ann) continue;
		const text = readFileSync(join(textDir, file), 'utf8');
		const gold = goldQuotes(text, parseAnn(readFileSync(join(annDir, ann), 'utf8'), text));
		const result = extractArticle(text, file);
		const names = new Map(result.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
		const predicted: PredictedQuote[] = result.quotes.map((q) => ({
			start: q.start,
			end: q.end,
			speakerNames: q.speakerId ? (names.get(q.speakerId) ?? [q.speaker ?? '']) : []
		}));
		scoreArticle(score, gold, predicted, text, stem.slice(0, 40));
	}
	return score;
}
