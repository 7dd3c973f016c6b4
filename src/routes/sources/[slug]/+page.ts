// A source page is static reading: tooltips are CSS (hover and focus), links are plain links. It
// ships no JavaScript at all, which keeps it light on a phone and fast on a slow network.
export const csr = false;
