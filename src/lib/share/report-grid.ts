/** One student's row in the class grid: a cell per question of the round, ✓ right, ◐ close, ✗ wrong with the pick. */
import type { ScoredQuestion, ScoredResult } from './scored';

export type CellStatus = 'right' | 'close' | 'wrong' | 'retired' | 'missing';

export interface GridCell {
	status: CellStatus;
	/** The choice picked or the number given, as the student read it. */
	given: string;
}

export const CELL_SYMBOL: Record<CellStatus, string> = {
	right: '✓',
	close: '◐',
	wrong: '✗',
	retired: '–',
	missing: ''
};

export const CELL_WORD: Record<CellStatus, string> = {
	right: 'right',
	close: 'close',
	wrong: 'wrong',
	retired: 'question retired',
	missing: 'not answered'
};

/** Close means half credit: the score model gives it to estimates within twice or half the number. */
export function cellStatus(q: ScoredQuestion): CellStatus {
	if (q.status === 'retired') return 'retired';
	if ((q.status as string) === 'close') return 'close';
	if (q.status === 'right' || q.points === 1) return 'right';
	return q.points !== undefined && q.points > 0 ? 'close' : 'wrong';
}

export function gridCells(result: ScoredResult, columns: string[]): GridCell[] {
	const byId = new Map(result.questions.map((q) => [q.id, q]));
	return columns.map((id) => {
		const q = byId.get(id);
		return q ? { status: cellStatus(q), given: q.given } : { status: 'missing', given: '' };
	});
}
