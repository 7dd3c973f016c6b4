/** Invented articles about parties the extractor knows nothing of, for the sides tests. */

/** Invented: a city, a union and a coach company, none of them known to the extractor. */
export const STRIKE = `Bus drivers walk out as Larkford talks collapse

LARKFORD — Bus drivers in Larkford stopped work on Monday after talks between the city and the Transit Workers Union broke down.

"We have offered a fair deal and the union walked away from it," said Mara Quinlan, a spokeswoman for the Larkford City Council.

Dev Okafor, president of the Transit Workers Union, said the council "has not moved an inch in six months."

"Our members will stay out until the council puts a real offer on the table," Okafor said.

Tomas Reyl, a spokesman for Harlow Coaches, the company that runs the night routes, said its buses would keep running. "Our drivers are not part of this dispute," Reyl said.
`;

/** Invented: two companies in a patent fight; one is named only inside its spokesperson's role. */
export const PATENTS = `Brightwell Foods sued Oakmere Dairy on Tuesday, claiming the dairy copied its packaging.

"This is a clear case of copying," said Lena Voss, Brightwell Foods chief executive.

An Oakmere Dairy spokesperson said the claim "has no merit" and that the company would fight it.
`;
