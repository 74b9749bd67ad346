// Stands in for a stylesheet import under jest (Vite bundles the real one).
module.exports = {};
