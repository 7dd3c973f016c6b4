/** The social card's size, shared by the renderer and the page's og:image tags. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
