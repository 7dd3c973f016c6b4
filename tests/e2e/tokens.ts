/** The end-to-end tests make results tokens with the same helpers as the bench (src/scripts). */
export * from '../../src/scripts/sample-tokens';
