/** Entities: the stages that find people, agencies, companies, media and documents, one file each.
 *  words (shared word tests) → org-keys → registry → mentions (noun-phrases, names, persons, roles)
 *  → coreference; sides says who an entity speaks for. */
export { findMentions } from './mentions';
export { Registry, resolveEnt, type Ent, type Mention } from './registry';
export { inferSide } from './sides';
export { orgKey, orgKeys } from './org-keys';
export { placeOf } from './words';
